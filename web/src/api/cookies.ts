/** The value of a cookie readable by script (only XSRF-TOKEN is: the session cookie is HttpOnly). */
export function readCookie(name: string): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'X-XSRF-TOKEN';
/** The form field Spring Security reads for an HTML form post (sign-out). */
export const CSRF_FIELD = '_csrf';
