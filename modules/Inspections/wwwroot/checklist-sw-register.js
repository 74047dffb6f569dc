// Registers the checklist service worker (served by the module at /Inspections/Checks/checklist-sw.js), which keeps the
// checklist pages and their API answers readable offline. Browsers allow it on HTTPS and on localhost only.
(function () {
    'use strict';
    if (!('serviceWorker' in navigator) || !window.isSecureContext) { return; }
    navigator.serviceWorker.register('/Inspections/Checks/checklist-sw.js', { scope: '/Inspections/Checks/' }).catch(() => { /* the pages work without it */ });
})();
