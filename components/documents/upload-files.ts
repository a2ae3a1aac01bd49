// Sends one file to POST /api/documents with XMLHttpRequest, the one browser API that reports
// upload progress. Resolves with the server's JSON answer (French messages), never throws.
export type UploadAnswer = { ok: true; document: { id: string; name: string } } | { ok: false; formError: string; fieldErrors: Record<string, string> };

export function uploadFile(file: File, params: Record<string, string>, onProgress: (fraction: number) => void): Promise<UploadAnswer> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/documents?${new URLSearchParams(params)}`);
    xhr.setRequestHeader("X-File-Name", encodeURIComponent(file.name));
    xhr.setRequestHeader("Content-Type", "application/octet-stream");
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      try {
        resolve(JSON.parse(xhr.responseText) as UploadAnswer);
      } catch {
        resolve({ ok: false, formError: xhr.status === 403 ? "Demande refusée : rechargez la page et recommencez." : "L'envoi n'a pas abouti. Réessayez.", fieldErrors: {} });
      }
    };
    xhr.onerror = () => resolve({ ok: false, formError: "Connexion interrompue pendant l'envoi : rien n'a été enregistré. Réessayez.", fieldErrors: {} });
    xhr.send(file);
  });
}
