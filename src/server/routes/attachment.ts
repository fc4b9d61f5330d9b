// The Content-Disposition of a download.

/** Keeps a Chinese file name (RFC 6266 filename*) with an ASCII fallback for old clients. */
export function attachment(name: string, fallback: string): string {
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
