// Signing out takes with it what service workers kept for offline use (Cache Storage: the checklist pages and their
// API answers), so the next person on a shared phone cannot open them offline. Answers and photos still waiting to
// upload (localStorage, IndexedDB) stay: they are sent when their author signs in again and opens the checklist.
(function () {
    'use strict';
    const form = document.querySelector('form[data-sign-out]');
    if (!form || !('caches' in window)) { return; }
    form.addEventListener('submit', event => {
        event.preventDefault();
        caches.keys()
            .then(names => Promise.all(names.map(name => caches.delete(name))))
            .catch(() => undefined)
            .finally(() => form.submit());
    });
})();
