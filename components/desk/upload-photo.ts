// Sends a picture to /api/media with XMLHttpRequest: fetch() still cannot
// report upload progress, and the reporter on a slow line needs to see it.

export type UploadAnswer = { ok: true; id: string; width: number; height: number; url: string; photoId: string | null } | { ok: false; message: string };

export function uploadPhoto(file: File, fields: Record<string, string>, onProgress: (percent: number) => void, failed: string): Promise<UploadAnswer> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/media");
    xhr.responseType = "json";
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    // The route answers JSON for every refusal; anything else (a proxy's error page) is a plain failure.
    xhr.onload = () => {
      const body = xhr.response as UploadAnswer | null;
      resolve(body && typeof body === "object" && "ok" in body ? body : { ok: false, message: failed });
    };
    xhr.onerror = () => resolve({ ok: false, message: failed });
    const form = new FormData();
    form.append("file", file);
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    xhr.send(form);
  });
}
