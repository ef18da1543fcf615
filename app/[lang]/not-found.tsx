import Link from "next/link";
import { messagesFor } from "@/lib/i18n/messages";

// A not-found page has no [lang] param to read, and reading the cookie here
// would make every cached page dynamic, so it speaks both languages.
export default function NotFound() {
  const zh = messagesFor("zh-CN");
  const en = messagesFor("en");
  return (
    <main className="mx-auto max-w-xl px-4 py-24 text-center">
      <h1 className="font-serif text-2xl font-bold">
        {zh.article.notFoundTitle} · <span lang="en">{en.article.notFoundTitle}</span>
      </h1>
      <p className="mt-3 text-neutral-600">{zh.article.notFoundBody}</p>
      <p className="mt-1 text-neutral-600" lang="en">
        {en.article.notFoundBody}
      </p>
      <Link href="/" className="mt-6 inline-block underline">
        {zh.article.backToFront} · <span lang="en">{en.article.backToFront}</span>
      </Link>
    </main>
  );
}
