// The checklist service worker, scope /Inspections/Checks (the list of one's inspections and every checklist under it). A
// phone that loses the network in a workshop can still open the list and the checklists it opened before: pages under the scope and GET /api/inspections/tasks/* go network-first with the cached
// copy as fallback; the module and library assets (/_content/, /lib/, css, js) are served stale-while-revalidate.
// Everything else, and every non-GET request (answers, submissions), passes through untouched: the page's own queue
// (checklist.js) owns the writes. Bump VERSION when the strategy changes: activation deletes the older caches.
// Copies are kept in the order they were asked for: a reading of the task that the server answers (or the cache stores)
// after a newer reading of it is not kept, so the offline copy is never older than the newest answer the page had.
'use strict';
const PREFIX = 'inspections-checklist-';
const VERSION = 'v1';
const CACHE = PREFIX + VERSION;
let asked = 0;
// Per address, the number of the request whose answer the cache holds; the copies are written one after another.
const keptFor = new Map();
let writing = Promise.resolve();

// The list of one's inspections is kept at once, so it opens offline even if the worker arrived on another page.
self.addEventListener('install', event => event.waitUntil((async () => {
    const index = new URL(self.registration.scope).pathname;
    try {
        const response = await fetch(index, { redirect: 'manual' });
        if (cacheable(response)) { await (await caches.open(CACHE)).put(index, response); }
    } catch { /* offline at install: kept at the next visit */ }
    await self.skipWaiting();
})()));

self.addEventListener('activate', event => event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names.filter(name => name.startsWith(PREFIX) && name !== CACHE).map(name => caches.delete(name)));
    await self.clients.claim();
})()));

self.addEventListener('fetch', event => {
    const request = event.request;
    if (request.method !== 'GET') { return; }
    const url = new URL(request.url);
    if (url.origin !== self.location.origin) { return; }
    const scope = new URL(self.registration.scope).pathname;
    if ((request.mode === 'navigate' && url.pathname.startsWith(scope)) || url.pathname.startsWith('/api/inspections/tasks/')) {
        event.respondWith(networkFirst(event, request));
    } else if (isAsset(url)) {
        event.respondWith(staleWhileRevalidate(event, request));
    }
});

function isAsset(url) {
    return url.pathname.startsWith('/_content/') || url.pathname.startsWith('/lib/') || /\.(css|js)$/.test(url.pathname);
}

// Only complete same-origin answers are kept: no redirects (a sign-in page), no errors.
function cacheable(response) {
    return response.ok && response.type === 'basic';
}

async function networkFirst(event, request) {
    const ticket = ++asked;
    const cache = await caches.open(CACHE);
    try {
        const response = await fetch(request);
        if (cacheable(response)) { event.waitUntil(keep(cache, request, response.clone(), ticket)); }
        return response;
    } catch (error) {
        const cached = await cache.match(request, { ignoreVary: true });
        if (cached) { return cached; }
        throw error;
    }
}

// Each write waits for the one before and first checks that no newer request's answer to its address is kept already.
function keep(cache, request, response, ticket) {
    writing = writing.then(async () => {
        if ((keptFor.get(request.url) || 0) > ticket) { return; }
        await cache.put(request, response);
        keptFor.set(request.url, ticket);
    }).catch(() => undefined);
    return writing;
}

async function staleWhileRevalidate(event, request) {
    const cache = await caches.open(CACHE);
    const cached = await cache.match(request);
    const refreshed = fetch(request).then(async response => {
        if (cacheable(response)) { await cache.put(request, response.clone()); }
        return response;
    });
    if (cached) {
        event.waitUntil(refreshed.catch(() => undefined));
        return cached;
    }
    return refreshed;
}
