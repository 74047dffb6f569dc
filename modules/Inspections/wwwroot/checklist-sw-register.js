// Registers the checklist service worker (served by the module at /Inspections/Checks/checklist-sw.js), which keeps the
// list of one's inspections, the checklist pages and their API answers readable offline. Browsers allow it on HTTPS and on localhost only.
(function () {
    'use strict';
    if (!('serviceWorker' in navigator) || !window.isSecureContext) { return; }
    const scope = '/Inspections/Checks';
    navigator.serviceWorker.register('/Inspections/Checks/checklist-sw.js', { scope }).catch(() => { /* the pages work without it */ });
    // The worker once controlled /Inspections/Checks/ only (not the list itself): that registration goes.
    navigator.serviceWorker.getRegistrations()
        .then(all => all.filter(r => new URL(r.scope).pathname === scope + '/').forEach(r => r.unregister()))
        .catch(() => undefined);
})();
