"use client";

// A desk page failed to load, most often because the database is down.
// Both languages: the catalog cannot be loaded from the server right now.
export default function DeskError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" className="max-w-xl rounded border border-amber-400 bg-amber-50 p-4">
      <p>数据库暂时无法连接或页面加载失败。你在其他页面输入的内容仍保留在那里。</p>
      <p lang="en" className="mt-1">
        The database cannot be reached or the page failed to load. Text you typed elsewhere is kept there.
      </p>
      <button type="button" onClick={reset} className="mt-3 rounded border border-neutral-400 px-3 py-1">
        重试 · Retry
      </button>
    </div>
  );
}
