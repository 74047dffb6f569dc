// Photos of checklist items (checklist page). A photo taken goes first into IndexedDB and shows at once, faded, under its
// item; it leaves the store once the server has it. While offline, or while the server fails (5xx) or the session is gone
// (401), photos wait and are sent on the `online` event, every 15 s, and before the submission. The server keeps a photo
// the item already has only once (same content), so a photo sent twice is stored once. A refusal (4xx) drops the photo
// and says why next to the item. Texts: the page's data-texts.
(function () {
    'use strict';
    const root = document.querySelector('[data-checklist]');
    if (!root || !window.indexedDB) { return; }
    const taskId = root.dataset.checklist;
    const texts = JSON.parse(root.dataset.texts);
    const api = '/api/inspections/tasks/' + taskId;
    const format = (text, ...values) => values.reduce((t, v, i) => t.replace('{' + i + '}', v), text);
    const token = () => (document.querySelector('input[name="__RequestVerificationToken"]') || {}).value || '';
    const cardOf = itemId => root.querySelector('[data-item="' + itemId + '"]');
    const opened = new Promise((resolve, reject) => {
        const request = indexedDB.open('inspection-photos', 1);
        request.onupgradeneeded = () => request.result.createObjectStore('photos', { keyPath: 'key', autoIncrement: true });
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
    });
    let sending = null;

    async function store(mode, work) {
        const db = await opened;
        return new Promise((resolve, reject) => {
            const transaction = db.transaction('photos', mode);
            const request = work(transaction.objectStore('photos'));
            transaction.oncomplete = () => resolve(request.result);
            transaction.onerror = () => reject(transaction.error);
        });
    }
    const waiting = async () => (await store('readonly', s => s.getAll())).filter(p => p.taskId === taskId);

    function thumbnail(src, href, pending) {
        const image = Object.assign(document.createElement('img'), { src, alt: '', width: 64, height: 64, loading: 'lazy' });
        image.className = 'rounded border' + (pending ? ' opacity-50' : '');
        image.style.objectFit = 'cover';
        if (!href) { return image; }
        const link = Object.assign(document.createElement('a'), { href, target: '_blank', rel: 'noopener' });
        link.append(image);
        return link;
    }

    // The item's photos: the server's (links) then those still waiting on the phone (faded).
    async function show(card, serverPhotos) {
        const list = card.querySelector('[data-photo-list]');
        if (serverPhotos) {
            list.querySelectorAll('[data-server]').forEach(node => node.remove());
            serverPhotos.forEach(p => {
                const link = thumbnail(p.thumbnailUrl, p.url, false);
                link.dataset.server = '';
                list.append(link);
            });
        }
        list.querySelectorAll('[data-local]').forEach(node => { URL.revokeObjectURL(node.src); node.remove(); });
        const mine = (await waiting()).filter(p => p.itemId === card.dataset.item);
        mine.forEach(p => { const image = thumbnail(URL.createObjectURL(p.blob), null, true); image.dataset.local = ''; list.append(image); });
        const label = card.querySelector('[data-photo-pending]');
        if (label) { label.textContent = mine.length > 0 ? format(texts['Check.PhotosWaiting'], mine.length) : ''; }
    }

    function refuse(card, problem) {
        const box = card.querySelector('[data-item-error]');
        const messages = problem && problem.errors ? Object.values(problem.errors).flat() : [texts['Check.Refused']];
        box.textContent = messages.join(' ');
        box.classList.remove('d-none');
    }

    async function sendAll() {
        for (const photo of await waiting()) {
            if (!navigator.onLine) { return; }
            const form = new FormData();
            form.append('files', photo.blob, photo.name);
            form.append('__RequestVerificationToken', token());
            let response;
            try {
                response = await fetch(api + '/items/' + photo.itemId + '/photos', { method: 'POST', body: form, credentials: 'same-origin' });
            } catch {
                return;
            }
            if (response.status >= 500 || response.status === 401) { return; }
            await store('readwrite', s => s.delete(photo.key));
            const card = cardOf(photo.itemId);
            if (!card) { continue; }
            if (response.ok) {
                await show(card, await response.json());
            } else {
                refuse(card, await response.json().catch(() => null));
                await show(card);
            }
        }
    }

    // One run at a time; callers (the submission) wait for the run in progress.
    function flush() {
        sending = sending || sendAll().finally(() => { sending = null; });
        return sending;
    }

    root.addEventListener('change', async event => {
        const input = event.target.closest('[data-photo-input]');
        if (!input) { return; }
        const card = input.closest('[data-item]');
        for (const file of input.files) {
            await store('readwrite', s => s.add({ taskId, itemId: card.dataset.item, blob: file, name: file.name || 'photo.jpg' }));
        }
        input.value = '';
        await show(card);
        flush();
    });

    window.addEventListener('online', () => flush());
    setInterval(() => flush(), 15000);
    root.querySelectorAll('[data-item]').forEach(card => show(card));
    flush();
    window.checklistPhotos = { flush };
})();
