// The attempt page. The server fixed the questions; this script shows them one per screen with a navigator, counts down
// by the server's clock (the offset measured at each load), and saves every answer the moment it is given. Answers go
// through a small queue kept in localStorage: while offline they wait there (a reload keeps them) and are sent in order
// when the connection returns. Each carries an increasing sequence number, so a resend never counts twice and an older
// answer never overwrites a newer one. Texts come from the page (data-texts).
(function () {
    'use strict';
    const root = document.querySelector('[data-attempt]');
    if (!root) { return; }
    const id = root.dataset.attempt;
    const texts = JSON.parse(root.dataset.texts);
    const api = '/api/exams/attempts/' + id;
    const queueKey = 'exam-attempt-queue-' + id;
    const seqKey = 'exam-attempt-seq';
    const $ = name => root.querySelector('[data-' + name + ']');
    const format = (text, ...values) => values.reduce((t, v, i) => t.replace('{' + i + '}', v), text);
    let attempt = null;
    let offset = 0;
    let current = 0;
    let sending = false;
    let inputTimer = null;

    const readQueue = () => JSON.parse(localStorage.getItem(queueKey) || '[]');
    const writeQueue = queue => localStorage.setItem(queueKey, JSON.stringify(queue));
    const nextSequence = () => {
        const next = Math.max(Number(localStorage.getItem(seqKey) || 0) + 1, Date.now());
        localStorage.setItem(seqKey, String(next));
        return next;
    };
    const status = (key, tone) => {
        const badge = $('save-status');
        badge.textContent = texts[key];
        badge.dataset.state = key;
        badge.className = 'badge border ' + (tone || 'text-bg-light');
    };
    const serverNow = () => Date.now() + offset;

    async function load() {
        const response = await fetch(api, { credentials: 'same-origin', cache: 'no-store' });
        if (!response.ok) { return; }
        attempt = await response.json();
        offset = new Date(attempt.serverTime).getTime() - Date.now();
        // Answers still waiting in the queue are newer than what the server has.
        readQueue().forEach(item => {
            const question = attempt.questions.find(q => q.no === item.no);
            if (question && item.sequence > question.sequence) { question.answer = item.answer; }
        });
        render();
    }

    function render() {
        if (attempt.status === 'Submitted') { renderResult(); return; }
        const nav = $('navigator');
        nav.replaceChildren(...attempt.questions.map((q, i) => {
            const button = document.createElement('button');
            button.type = 'button';
            button.className = 'btn btn-sm ' + (i === current ? 'btn-primary' : q.answer.some(a => a) ? 'btn-outline-success' : 'btn-outline-secondary');
            button.textContent = q.no;
            button.addEventListener('click', () => { current = i; render(); });
            return button;
        }));
        renderQuestion(attempt.questions[current]);
        $('previous').textContent = texts['Attempt.Previous'];
        $('next').textContent = texts['Attempt.Next'];
        $('submit').textContent = texts['Attempt.Submit'];
        $('previous').disabled = current === 0;
        $('next').disabled = current === attempt.questions.length - 1;
    }

    function renderQuestion(q) {
        const box = $('question');
        box.replaceChildren();
        box.className = 'mb-3';
        const stem = document.createElement('div');
        stem.className = 'fs-6 mb-2';
        stem.innerHTML = '<span class="text-muted me-1">' + q.no + '.</span>' + q.stem; // sanitised on the server when written
        box.appendChild(stem);
        if (q.kind === 'FillInBlank') {
            for (let b = 0; b < q.blankCount; b++) {
                const input = document.createElement('input');
                input.className = 'form-control mb-2';
                input.setAttribute('aria-label', format(texts['Attempt.BlankNo'], b + 1));
                input.dataset.blank = b;
                input.value = q.answer[b] || '';
                // Every keystroke is queued at once (a submit right after typing must not miss it); only the sending waits for a pause.
                input.addEventListener('input', () => answer(q, [...box.querySelectorAll('[data-blank]')].map(i => i.value), true));
                box.appendChild(input);
            }
            return;
        }
        const multiple = q.kind === 'MultipleChoice';
        box.classList.add('list-group');
        q.options.forEach((text, i) => {
            const letter = String.fromCharCode(65 + i);
            const label = document.createElement('label');
            label.className = 'list-group-item d-flex gap-2 align-items-start py-3';
            const input = document.createElement('input');
            input.type = multiple ? 'checkbox' : 'radio';
            input.name = 'q' + q.no;
            input.className = 'form-check-input flex-shrink-0';
            input.value = letter;
            input.dataset.option = letter;
            input.checked = q.answer.includes(letter);
            input.addEventListener('change', () =>
                answer(q, [...box.querySelectorAll('[data-option]')].filter(o => o.checked).map(o => o.value)));
            const span = document.createElement('span');
            span.innerHTML = '<strong>' + letter + '.</strong> ' + text;
            label.append(input, span);
            box.appendChild(label);
        });
    }

    function answer(q, values, typing) {
        q.answer = values;
        const queue = readQueue().filter(item => item.no !== q.no);
        queue.push({ no: q.no, answer: values, sequence: nextSequence() });
        writeQueue(queue);
        clearTimeout(inputTimer);
        if (typing) { inputTimer = setTimeout(flush, 400); } else { flush(); }
    }

    async function flush() {
        if (sending) { return; }
        if (readQueue().length === 0) { status('Attempt.Saved', 'text-bg-success'); return; }
        if (!navigator.onLine) { status('Attempt.Queued', 'text-bg-warning'); return; }
        sending = true;
        status('Attempt.Saving');
        try {
            let queue = readQueue();
            while (queue.length > 0) {
                const item = queue[0];
                const response = await fetch(api + '/answers/' + item.no, {
                    method: 'PUT', credentials: 'same-origin', headers: { 'Content-Type': 'application/json' },
                    body: JSON.stringify({ answer: item.answer, sequence: item.sequence })
                });
                if (response.status >= 400 && response.status < 500) {
                    status('Attempt.Refused', 'text-bg-danger');
                } else if (!response.ok) {
                    throw new Error('server ' + response.status);
                }
                // Drop what was sent; a newer answer for the same question queued meanwhile stays.
                queue = readQueue().filter(q => !(q.no === item.no && q.sequence <= item.sequence));
                writeQueue(queue);
            }
            status('Attempt.Saved', 'text-bg-success');
        } catch {
            status('Attempt.Offline', 'text-bg-warning');
        } finally {
            sending = false;
        }
    }

    function tick() {
        if (!attempt || attempt.status === 'Submitted') { return; }
        const left = Math.max(0, new Date(attempt.deadline).getTime() - serverNow());
        const minutes = Math.floor(left / 60000);
        const seconds = Math.floor(left / 1000) % 60;
        $('countdown').textContent = format(texts['Attempt.Remaining'], minutes + ':' + String(seconds).padStart(2, '0'));
        if (left === 0) {
            attempt.status = 'Submitted';
            $('result').textContent = texts['Attempt.Pending'];
            flush().then(() => setTimeout(load, 3000));
        }
    }

    async function submit() {
        const unanswered = attempt.questions.filter(q => !q.answer.some(a => a)).length;
        if (!window.confirm(texts['Attempt.ConfirmSubmit'] + (unanswered ? ' ' + format(texts['Attempt.Unanswered'], unanswered) : ''))) { return; }
        clearTimeout(inputTimer);
        await flush();
        if (readQueue().length > 0) { return; } // still offline: the answers wait, nothing is submitted without them
        const response = await fetch(api + '/submit', { method: 'POST', credentials: 'same-origin' });
        if (response.ok) { attempt = await response.json(); render(); }
    }

    function renderResult() {
        ['question', 'controls', 'navigator'].forEach(name => $(name).classList.add('d-none'));
        $('countdown').classList.add('d-none');
        const result = $('result');
        result.classList.remove('d-none');
        const passed = attempt.passed ? texts['Exam.Passed'] : texts['Exam.Failed'];
        let html = '<div class="card mb-3"><div class="card-body"><h2 class="h5">' + texts['Attempt.Result'] + '</h2><p class="fs-4 mb-0" data-score>' +
            format(texts['Attempt.Score'], Number(attempt.score), Number(attempt.maxScore)) + ' <span class="badge ' +
            (attempt.passed ? 'text-bg-success' : 'text-bg-danger') + '">' + passed + '</span></p></div></div>';
        if (!attempt.reviewAvailable) {
            html += '<div class="alert alert-light border">' + texts['Attempt.NoReview'] + '</div>';
        }
        result.innerHTML = html;
        if (attempt.reviewAvailable) {
            attempt.questions.forEach(q => {
                const card = document.createElement('div');
                card.className = 'card mb-2';
                const body = document.createElement('div');
                body.className = 'card-body';
                body.innerHTML = '<div class="mb-1">' + q.no + '. ' + q.stem + '</div>';
                const facts = document.createElement('div');
                facts.className = 'small';
                facts.textContent = format(texts['Attempt.YourScore'], Number(q.review.score), Number(q.points)) + ' · ' + q.answer.join(', ') +
                    (q.review.correctAnswer ? ' · ' + texts['Attempt.CorrectAnswer'] + ': ' + q.review.correctAnswer.join(', ') : '');
                body.appendChild(facts);
                card.appendChild(body);
                result.appendChild(card);
            });
        }
        localStorage.removeItem(queueKey);
    }

    $('previous').addEventListener('click', () => { current = Math.max(0, current - 1); render(); });
    $('next').addEventListener('click', () => { current = Math.min(attempt.questions.length - 1, current + 1); render(); });
    $('submit').addEventListener('click', submit);
    window.addEventListener('online', flush);
    window.addEventListener('offline', () => status('Attempt.Queued', 'text-bg-warning'));
    document.addEventListener('visibilitychange', async () => {
        if (!attempt || attempt.status === 'Submitted' || !navigator.onLine) { return; }
        // Both directions are logged for the manager's leave-page log; only "hidden" counts towards the limit.
        const kind = document.hidden ? 'hidden' : 'visible';
        const response = await fetch(api + '/events', {
            method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ kind, clientTime: new Date().toISOString() })
        }).catch(() => null);
        if (response && response.ok) {
            const updated = await response.json();
            if (updated.status === 'Submitted') { attempt = updated; render(); }
        }
    });
    setInterval(tick, 1000);
    setInterval(flush, 5000);
    load().then(flush);
})();
