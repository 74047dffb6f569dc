// The checklist page. The server rendered every item; this script saves each answer the moment it is given (PUT answers,
// with the phone's time). Every answer first goes into a queue in localStorage, one entry per item (a newer answer replaces
// the older, so an older one can never overwrite it), and leaves the queue once the server took it. While the network is
// down or the server fails (5xx) the entries wait and are sent on the `online` event and every 15 s; a refusal (4xx) drops
// the entry and shows why. Queued answers override what the page was rendered with. The submission asks for the location
// (optional, 5 s), then shows the result read-only, or the server's field errors next to the items. Texts: data-texts.
(function () {
    'use strict';
    const root = document.querySelector('[data-checklist]');
    if (!root) { return; }
    const id = root.dataset.checklist;
    const texts = JSON.parse(root.dataset.texts);
    const api = '/api/inspections/tasks/' + id;
    const queueKey = 'inspection-task-queue-' + id;
    const format = (text, ...values) => values.reduce((t, v, i) => t.replace('{' + i + '}', v), text);
    const $ = name => root.querySelector('[data-' + name + ']');
    const cards = () => [...root.querySelectorAll('[data-item]')];
    const noteOf = card => card.querySelector('[data-note]').value.trim();
    const submitButton = $('submit');
    const submission = window.checklistSubmission;
    const noteTimers = new Map();
    let editable = root.dataset.editable === 'true';
    let sequence = Date.now();
    let flushing = null;
    let again = false;
    let refused = false;
    // Counts the answers given here, so a reading of the server started before one is not shown over it.
    let changes = 0;

    const readQueue = () => {
        try { return JSON.parse(localStorage.getItem(queueKey) || '{}'); } catch { return {}; }
    };
    const writeQueue = queue => Object.keys(queue).length > 0
        ? localStorage.setItem(queueKey, JSON.stringify(queue))
        : localStorage.removeItem(queueKey);

    function status(key, tone, detail) {
        const badge = $('save-status');
        badge.textContent = detail === undefined ? texts[key] : format(texts[key], detail);
        badge.dataset.state = key;
        badge.className = 'badge border text-wrap text-start ' + (tone || 'text-bg-light');
    }

    function showAnswer(card, answer, note) {
        card.dataset.answer = answer;
        card.querySelectorAll('[data-choice]').forEach(button => {
            const on = button.dataset.choice === answer;
            button.setAttribute('aria-pressed', String(on));
            button.classList.toggle(button.dataset.on, on);
            button.classList.toggle(button.dataset.off, !on);
        });
        const field = card.querySelector('[data-note]');
        if (note !== undefined) { field.value = note || ''; }
        card.querySelector('[data-note-box]').classList.toggle('d-none', answer !== 'Failed' && !(field.value && !editable));
    }

    function showProgress() {
        const answered = cards().filter(card => card.dataset.answer !== 'Pending').length;
        $('progress').textContent = format(texts['Check.Progress'], answered, cards().length);
    }

    function showStatus(value) {
        const badge = root.querySelector('[data-testid="task-status"]');
        if (!badge || !texts['TaskStatus.' + value]) { return; }
        badge.textContent = texts['TaskStatus.' + value];
        const tone = { Submitted: 'text-bg-success', Missed: 'text-bg-danger', InProgress: 'text-bg-warning' }[value] || 'text-bg-secondary';
        badge.className = 'badge ' + tone;
    }

    function itemError(card, message) {
        const box = card.querySelector('[data-item-error]');
        box.textContent = message || '';
        box.classList.toggle('d-none', !message);
        card.classList.toggle('border-danger', Boolean(message));
    }

    function topErrors(messages) {
        const box = $('errors');
        box.replaceChildren(...messages.map(message => Object.assign(document.createElement('div'), { textContent: message })));
        box.classList.toggle('d-none', messages.length === 0);
    }

    // Queues the card's answer as it stands now and sends it.
    function record(card) {
        noteTimers.delete(card.dataset.item);
        const answer = card.dataset.answer;
        const queue = readQueue();
        queue[card.dataset.item] = {
            itemId: card.dataset.item, answer, note: answer === 'Failed' ? noteOf(card) || null : null,
            answeredTime: new Date().toISOString(), sequence: ++sequence,
        };
        writeQueue(queue);
        changes++;
        itemError(card, '');
        // Not "saved" while an answer waits, also when a round already under way (reading the task back) sends it.
        if (navigator.onLine) { status('Check.Saving'); }
        return flush();
    }

    // One sender at a time; an answer given while it runs makes it go round once more.
    function flush() {
        if (flushing) { again = true; return flushing; }
        flushing = (async () => {
            do { again = false; await send(); } while (again);
        })().finally(() => { flushing = null; });
        return flushing;
    }

    async function send() {
        if (Object.keys(readQueue()).length === 0) {
            if (!refused) { status('Check.Saved', 'text-bg-success'); }
            return;
        }
        if (!navigator.onLine) { status('Check.Offline', 'text-bg-warning'); return; }
        status('Check.Saving');
        refused = false;
        let saved = 0;
        for (;;) {
            const entry = Object.values(readQueue()).sort((a, b) => a.sequence - b.sequence)[0];
            if (!entry) { break; }
            let response;
            try {
                response = await fetch(api + '/answers', {
                    method: 'PUT', credentials: 'same-origin', headers: { 'Content-Type': 'application/json' },
                    body: JSON.stringify({ answers: [{ itemId: entry.itemId, answer: entry.answer, note: entry.note, answeredTime: entry.answeredTime }] }),
                });
            } catch {
                status('Check.Offline', 'text-bg-warning');
                return;
            }
            // Signed out (401) or the server failing: the answer waits for the next round.
            if (response.status === 401 || response.status >= 500) { status('Check.Offline', 'text-bg-warning'); return; }
            // Drop what was sent; a newer answer to the same item queued meanwhile stays.
            const queue = readQueue();
            if (queue[entry.itemId] && queue[entry.itemId].sequence === entry.sequence) { delete queue[entry.itemId]; }
            writeQueue(queue);
            if (response.ok) {
                const progress = await response.json().catch(() => null);
                if (progress) { showStatus(progress.status); }
                saved++;
            } else {
                refused = true;
                const problem = await response.json().catch(() => ({}));
                const message = submission.messages(problem).join(' ');
                const card = root.querySelector('[data-item="' + entry.itemId + '"]');
                if (card) { itemError(card, message); }
                status('Check.Refused', 'text-bg-danger', message);
                // Submitted meanwhile (another phone) or the cycle closed: show the server's state.
                if (problem.errors && problem.errors.status) { await reload(); return; }
            }
        }
        if (!refused) { status('Check.Saved', 'text-bg-success'); }
        // Read the task back: it shows what the server holds, and the service worker keeps the copy for an offline reload.
        if (saved > 0) { await reload(); }
    }

    function choose(card, answer) {
        if (!editable) { return; }
        showAnswer(card, answer);
        showProgress();
        if (answer === 'Failed' && !noteOf(card)) { card.querySelector('[data-note]').focus(); }
        record(card);
    }

    function typed(card) {
        clearTimeout(noteTimers.get(card.dataset.item));
        noteTimers.set(card.dataset.item, setTimeout(() => record(card), 600));
    }

    function showSubmitState() {
        if (!submitButton || !submitButton.isConnected) { return; }
        submitButton.disabled = !editable || !navigator.onLine;
        $('submit-hint').textContent = navigator.onLine ? '' : texts['Check.SubmitOffline'];
    }

    async function submit() {
        cards().forEach(card => itemError(card, ''));
        topErrors([]);
        noteTimers.forEach(timer => clearTimeout(timer));
        cards().filter(card => noteTimers.has(card.dataset.item)).forEach(card => record(card));
        if (!navigator.onLine) { topErrors([texts['Check.SubmitOffline']]); return; }
        await flush();
        if (window.checklistPhotos) { await window.checklistPhotos.flush(); }
        if (Object.keys(readQueue()).length > 0) { topErrors([texts['Check.SubmitOffline']]); return; }
        const found = submission.check(cards(), noteOf, texts);
        if (found.top.length > 0) { showErrors(found); return; }
        if (!window.confirm(texts['Check.ConfirmSubmit'])) { return; }
        submitButton.disabled = true;
        submitButton.textContent = texts['Check.Locating'];
        const place = await submission.locate();
        submitButton.textContent = texts['Check.Submitting'];
        try {
            const response = await fetch(api + '/submit', {
                method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(place || {}),
            });
            if (response.ok) { showDetail(await response.json()); return; }
            const problem = await response.json().catch(() => ({}));
            showErrors(submission.sort(problem, root));
            if (problem.errors && problem.errors.status) { await reload(); }
        } catch {
            topErrors([texts['Check.SubmitFailed']]);
        } finally {
            submitButton.textContent = texts['Check.Submit'];
            showSubmitState();
        }
    }

    function showErrors(found) {
        found.items.forEach(([card, message]) => itemError(card, message));
        topErrors(found.top);
        (found.items.length > 0 ? found.items[0][0] : $('errors')).scrollIntoView({ block: 'center' });
    }

    // The task as the server (or, offline, the service worker's copy) has it, then the answers still queued on top.
    async function reload() {
        const before = changes;
        const response = await fetch(api, { credentials: 'same-origin', cache: 'no-store' }).catch(() => null);
        const detail = response && response.ok ? await response.json().catch(() => null) : null;
        if (!detail || before !== changes) { return; }
        showDetail(detail);
        if (editable) { showQueued(); }
    }

    function showQueued() {
        Object.values(readQueue()).forEach(entry => {
            const card = root.querySelector('[data-item="' + entry.itemId + '"]');
            if (card) { showAnswer(card, entry.answer, entry.note === null ? undefined : entry.note); }
        });
        showProgress();
    }

    // The server's word on the whole task: answers, hazards, status; read-only unless it may still be answered.
    function showDetail(detail) {
        const task = detail.task;
        editable = task.mayPerform && detail.cycleOpen && (task.status === 'Open' || task.status === 'InProgress');
        detail.items.forEach(item => {
            const card = root.querySelector('[data-item="' + item.id + '"]');
            if (!card) { return; }
            showAnswer(card, item.answer, item.note);
            const link = card.querySelector('[data-hazard]');
            if (item.hazardId) {
                link.href = '/Inspections/Hazards/Details/' + item.hazardId;
                link.classList.replace('d-none', 'd-inline-block');
            }
        });
        showStatus(task.status);
        showProgress();
        if (!editable) { readOnly(task.status, task.mayPerform); }
    }

    function readOnly(taskStatus, mayPerform) {
        localStorage.removeItem(queueKey);
        root.dataset.editable = 'false';
        root.querySelectorAll('[data-choice]').forEach(button => { button.disabled = true; });
        root.querySelectorAll('[data-note]').forEach(field => { field.readOnly = true; });
        const area = $('submit-area');
        if (area) { area.remove(); }
        const notice = $('notice');
        if (taskStatus === 'Submitted') {
            notice.textContent = texts['Check.SubmittedNotice'];
            notice.dataset.testid = 'submitted';
            notice.classList.remove('d-none');
        } else if (taskStatus !== 'Missed') {
            notice.textContent = texts[mayPerform ? 'Check.ReadOnlyClosed' : 'Check.ReadOnlyNotYours'];
            notice.className = 'alert alert-secondary';
        }
        status('Check.Saved', 'text-bg-light');
    }

    if (!editable) {
        localStorage.removeItem(queueKey);
        return;
    }
    // Answers still waiting on this phone are newer than what the page was rendered with (perhaps from the offline cache).
    showQueued();
    cards().forEach(card => {
        card.querySelectorAll('[data-choice]').forEach(button => button.addEventListener('click', () => choose(card, button.dataset.choice)));
        const field = card.querySelector('[data-note]');
        field.addEventListener('input', () => typed(card));
        field.addEventListener('blur', () => { if (noteTimers.has(card.dataset.item)) { clearTimeout(noteTimers.get(card.dataset.item)); record(card); } });
    });
    // A note typed just before the page goes (a reload, the back button) is queued before the debounce would have.
    window.addEventListener('pagehide', () => cards().filter(card => noteTimers.has(card.dataset.item)).forEach(card => record(card)));
    submitButton.addEventListener('click', submit);
    window.addEventListener('online', () => { showSubmitState(); flush(); });
    window.addEventListener('offline', () => {
        showSubmitState();
        if (Object.keys(readQueue()).length > 0) { status('Check.Offline', 'text-bg-warning'); }
    });
    setInterval(flush, 15000);
    showSubmitState();
    reload().then(flush);
})();
