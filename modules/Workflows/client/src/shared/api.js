// JSON calls to /api/workflows with the cookie of the page; errors become ApiError with the ProblemDetails fields.
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }

  /** The field errors of a 400 ProblemDetails as [field, message] pairs. */
  get fieldErrors() {
    return Object.entries(this.problem.errors || {}).flatMap(([field, messages]) => messages.map(m => [field, m]));
  }
}

const base = '/api/workflows';

export async function api(path, { method = 'GET', body, xml, raw } = {}) {
  const headers = { Accept: 'application/json' };
  let payload;
  if (xml !== undefined) {
    headers['Content-Type'] = 'application/xml';
    payload = xml;
  } else if (body instanceof FormData) {
    payload = body;
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const token = document.querySelector('input[name="__RequestVerificationToken"]')?.value;
  if (token) {
    headers.RequestVerificationToken = token;
  }
  const response = await fetch(base + path, { method, headers, body: payload, credentials: 'same-origin' });
  if (!response.ok) {
    let problem = null;
    try {
      problem = await response.json();
    } catch {
      problem = null;
    }
    throw new ApiError(response.status, problem);
  }
  if (raw) {
    return response.text();
  }
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

export const qs = params => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') {
      search.set(key, value);
    }
  }
  const text = search.toString();
  return text ? '?' + text : '';
};
