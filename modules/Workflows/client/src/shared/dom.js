// Small DOM helpers shared by the pages: texts come from the page (data-texts JSON), never from literals here.
export function texts(root = document) {
  const holder = root.matches?.('[data-texts]') ? root : root.querySelector('[data-texts]');
  return holder ? JSON.parse(holder.dataset.texts) : {};
}

export function format(template, ...values) {
  return String(template ?? '').replace(/\{(\d+)\}/g, (_, i) => values[Number(i)] ?? '');
}

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (key === 'class') {
      node.className = value;
    } else if (key === 'dataset') {
      Object.assign(node.dataset, value);
    } else if (key.startsWith('on')) {
      node.addEventListener(key.slice(2), value);
    } else {
      node.setAttribute(key, value === true ? '' : value);
    }
  }
  for (const child of children.flat()) {
    if (child !== undefined && child !== null && child !== false) {
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }
  return node;
}

/** Local date-time in the page's language (times from the API are UTC ISO strings). */
export function localTime(iso) {
  if (!iso) {
    return '';
  }
  const value = new Date(/[zZ]|[+-]\d\d:\d\d$/.test(iso) ? iso : iso + 'Z');
  return value.toLocaleString(document.documentElement.lang || undefined, { timeZone: 'Asia/Shanghai', hour12: false });
}

/** Shows a Bootstrap alert in the page's message area (role=status or alert). */
export function flash(message, kind = 'success') {
  const area = document.querySelector('[data-role="messages"]');
  if (!area) {
    return;
  }
  area.replaceChildren(el('div', { class: `alert alert-${kind} py-2 mb-2`, role: kind === 'danger' ? 'alert' : 'status' }, message));
}

export function errorText(error, t) {
  const fields = error.fieldErrors?.map(([field, message]) => `${field}: ${message}`) ?? [];
  if (error.status === 403) {
    return t.forbidden || error.message;
  }
  if (error.status === 404) {
    return t.notFound || error.message;
  }
  if (error.status === 409) {
    return t.conflict || error.message;
  }
  return fields.length ? fields.join('；') : error.message;
}
