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
    const noteTimers = new Map();
    let editable = root.dataset.editable === 'true';
    let sequence = Date.now();
    let flushing = null;
    let refused = false;

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
        itemError(card, '');
        return flush();
    }

    function flush() {
        flushing = flushing || send().finally(() => { flushing = null; });
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
            } else {
                refused = true;
                const problem = await response.json().catch(() => ({}));
                const message = problemMessages(problem).join(' ');
                const card = root.querySelector('[data-item="' + entry.itemId + '"]');
                if (card) { itemError(card, message); }
                status('Check.Refused', 'text-bg-danger', message);
                // Submitted meanwhile (another phone) or the cycle closed: show the server's state.
                if (problem.errors && problem.errors.status) { await reload(); return; }
            }
        }
        if (!refused) { status('Check.Saved', 'text-bg-success'); }
    }

    function problemMessages(problem) {
        const messages = problem.errors ? Object.values(problem.errors).flat() : [];
        return messages.length > 0 ? messages : [problem.detail || problem.title || String(problem.status || '')];
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
        if (!submitButton) { return; }
        submitButton.disabled = !editable || !navigator.onLine;
        $('submit-hint').textContent = navigator.onLine ? '' : texts['Check.SubmitOffline'];
    }

    function locate() {
        return new Promise(resolve => {
            if (!navigator.geolocation) { resolve(null); return; }
            // Belt and braces: a prompt left unanswered may never call back.
            const timer = setTimeout(() => resolve(null), 6000);
            const round = value => Math.round(value * 1e6) / 1e6;
            navigator.geolocation.getCurrentPosition(
                position => { clearTimeout(timer); resolve({ latitude: round(position.coords.latitude), longitude: round(position.coords.longitude) }); },
                () => { clearTimeout(timer); resolve(null); },
                { enableHighAccuracy: true, timeout: 5000, maximumAge: 60000 });
        });
    }

    // What the client can tell before asking the server: unanswered items, failed ones without a note.
    function checkBeforeSubmit() {
        const pending = cards().filter(card => card.dataset.answer === 'Pending');
        const noNote = cards().filter(card => card.dataset.answer === 'Failed' && !noteOf(card));
        const messages = [];
        if (pending.length > 0) {
            messages.push(format(texts['Check.Unanswered'], pending.length, pending.slice(0, 10).map(card => card.dataset.sort).join(', ')));
            pending.forEach(card => itemError(card, texts['Answer.Pending']));
        }
        noNote.forEach(card => {
            const message = format(texts['Check.FailedNeedsNote'], card.dataset.sort);
            messages.push(message);
            itemError(card, message);
        });
        topErrors(messages);
        const first = pending[0] || noNote[0];
        if (first) { first.scrollIntoView({ block: 'center' }); }
        return messages.length === 0;
    }

    async function submit() {
        cards().forEach(card => itemError(card, ''));
        topErrors([]);
        noteTimers.forEach(timer => clearTimeout(timer));
        cards().filter(card => noteTimers.has(card.dataset.item)).forEach(card => record(card));
        if (!navigator.onLine) { topErrors([texts['Check.SubmitOffline']]); return; }
        await flush();
        if (Object.keys(readQueue()).length > 0) { topErrors([texts['Check.SubmitOffline']]); return; }
        if (!checkBeforeSubmit() || !window.confirm(texts['Check.ConfirmSubmit'])) { return; }
        submitButton.disabled = true;
        submitButton.textContent = texts['Check.Locating'];
        const place = await locate();
        submitButton.textContent = texts['Check.Submitting'];
        try {
            const response = await fetch(api + '/submit', {
                method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(place || {}),
            });
            if (response.ok) { showDetail(await response.json()); return; }
            const problem = await response.json().catch(() => ({}));
            showSubmitErrors(problem);
            if (problem.errors && problem.errors.status) { await reload(); }
        } catch {
            topErrors([texts['Check.SubmitFailed']]);
        } finally {
            submitButton.textContent = texts['Check.Submit'];
            showSubmitState();
        }
    }

    function showSubmitErrors(problem) {
        const top = [];
        Object.entries(problem.errors || {}).forEach(([field, messages]) => {
            const match = /^items\[(\d+)\]/.exec(field);
            const card = match && root.querySelector('[data-item][data-sort="' + match[1] + '"]');
            if (card) { itemError(card, messages.join(' ')); }
            top.push(...messages);
        });
        topErrors(top.length > 0 ? top : problemMessages(problem));
        const first = root.querySelector('[data-item].border-danger') || $('errors');
        first.scrollIntoView({ block: 'center' });
    }

    async function reload() {
        const response = await fetch(api, { credentials: 'same-origin', cache: 'no-store' }).catch(() => null);
        if (response && response.ok) { showDetail(await response.json()); }
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
        if (!editable) { readOnly(task.status); }
    }

    function readOnly(taskStatus) {
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
            notice.textContent = texts['Check.ReadOnlyClosed'];
            notice.className = 'alert alert-secondary';
        }
        status('Check.Saved', 'text-bg-light');
    }

    if (!editable) {
        localStorage.removeItem(queueKey);
        return;
    }
    // Answers still waiting on this phone are newer than what the page was rendered with.
    Object.values(readQueue()).forEach(entry => {
        const card = root.querySelector('[data-item="' + entry.itemId + '"]');
        if (card) { showAnswer(card, entry.answer, entry.note === null ? undefined : entry.note); }
    });
    showProgress();
    cards().forEach(card => {
        card.querySelectorAll('[data-choice]').forEach(button => button.addEventListener('click', () => choose(card, button.dataset.choice)));
        const field = card.querySelector('[data-note]');
        field.addEventListener('input', () => typed(card));
        field.addEventListener('blur', () => { if (noteTimers.has(card.dataset.item)) { clearTimeout(noteTimers.get(card.dataset.item)); record(card); } });
    });
    submitButton.addEventListener('click', submit);
    window.addEventListener('online', () => { showSubmitState(); flush(); });
    window.addEventListener('offline', () => {
        showSubmitState();
        if (Object.keys(readQueue()).length > 0) { status('Check.Offline', 'text-bg-warning'); }
    });
    setInterval(flush, 15000);
    showSubmitState();
    flush();
})();
