// The practice page. The chosen questions come from the API without their answers; this script shows one per screen,
// sends the answer when the user checks it, and shows the server's verdict at once: right or wrong, the correct answer
// and the explanation. Nothing is kept in the page between visits. Texts come from the page (data-texts).
(function () {
    'use strict';
    const root = document.querySelector('[data-practice]');
    if (!root) { return; }
    const texts = JSON.parse(root.dataset.texts);
    const api = '/api/exams/practice';
    const $ = name => root.querySelector('[data-' + name + ']');
    const format = (text, ...values) => values.reduce((t, v, i) => t.replace('{' + i + '}', v), text);
    const show = (element, visible) => element.classList.toggle('d-none', !visible);
    let questions = [];
    let current = 0;
    let right = 0;
    let answered = 0;

    async function post(url, body) {
        const response = await fetch(url, {
            method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body)
        });
        const data = await response.json().catch(() => null);
        return { ok: response.ok, data };
    }

    function problemText(problem) {
        if (problem && problem.errors) { return Object.values(problem.errors).flat().join(' '); }
        return (problem && (problem.detail || problem.title)) || texts['Practice.Failed'];
    }

    async function begin(event) {
        if (event) { event.preventDefault(); }
        const form = $('choose');
        const data = new FormData(form);
        const source = data.get('source');
        const request = {
            categoryId: source === 'category' && data.get('categoryId') ? data.get('categoryId') : null,
            myRisks: source === 'risks',
            mistakes: source === 'mistakes',
            riskCategoryCodes: source === 'codes' ? String(data.get('riskCategories') || '').split(',').filter(Boolean) : null,
            kind: data.get('kind') || null,
            count: Number(data.get('count') || 10)
        };
        $('error').textContent = '';
        $('begin').disabled = true;
        try {
            const result = await post(api + '/draw', request);
            if (!result.ok) { $('error').textContent = problemText(result.data); return; }
            if (result.data.length === 0) { $('error').textContent = texts['Practice.NothingToPractise']; return; }
            questions = result.data;
            current = 0; right = 0; answered = 0;
            show(form, false);
            show($('summary'), false);
            show($('session'), true);
            render();
        } catch {
            $('error').textContent = texts['Practice.Failed'];
        } finally {
            $('begin').disabled = false;
        }
    }

    function render() {
        const q = questions[current];
        $('progress').textContent = format(texts['Practice.Progress'], current + 1, questions.length);
        $('category').textContent = q.categoryName;
        $('feedback').replaceChildren();
        const box = $('question');
        box.replaceChildren();
        const stem = document.createElement('div');
        stem.className = 'fs-6 mb-2';
        stem.innerHTML = q.stem; // sanitised on the server when written
        box.appendChild(stem);
        if (q.kind === 'FillInBlank') {
            for (let b = 0; b < q.blankCount; b++) {
                const input = document.createElement('input');
                input.className = 'form-control mb-2';
                input.setAttribute('aria-label', format(texts['Attempt.BlankNo'], b + 1));
                input.dataset.blank = b;
                box.appendChild(input);
            }
        } else {
            const list = document.createElement('div');
            list.className = 'list-group';
            q.options.forEach((text, i) => {
                const letter = String.fromCharCode(65 + i);
                const label = document.createElement('label');
                label.className = 'list-group-item d-flex gap-2 align-items-start py-3';
                label.dataset.letter = letter;
                const input = document.createElement('input');
                input.type = q.kind === 'MultipleChoice' ? 'checkbox' : 'radio';
                input.name = 'practice-option';
                input.className = 'form-check-input flex-shrink-0';
                input.value = letter;
                input.dataset.option = letter;
                const span = document.createElement('span');
                span.innerHTML = '<strong>' + letter + '.</strong> ' + text;
                label.append(input, span);
                list.appendChild(label);
            });
            box.appendChild(list);
        }
        const check = $('check');
        check.textContent = texts['Practice.Check'];
        check.disabled = false;
        show(check, true);
        show($('next'), false);
        $('finish').textContent = texts['Practice.Finish'];
    }

    function currentAnswer() {
        const box = $('question');
        const blanks = [...box.querySelectorAll('[data-blank]')];
        if (blanks.length > 0) { return blanks.map(i => i.value); }
        return [...box.querySelectorAll('[data-option]')].filter(o => o.checked).map(o => o.value);
    }

    async function check() {
        const q = questions[current];
        const button = $('check');
        button.disabled = true;
        try {
            const result = await post(api + '/questions/' + q.id + '/answer', { answer: currentAnswer() });
            if (!result.ok) { $('feedback').textContent = problemText(result.data); button.disabled = false; return; }
            answered++;
            if (result.data.correct) { right++; }
            feedback(result.data);
        } catch {
            $('feedback').textContent = texts['Practice.Failed'];
            button.disabled = false;
        }
    }

    function feedback(result) {
        const box = $('question');
        box.querySelectorAll('input').forEach(input => { input.disabled = true; });
        box.querySelectorAll('[data-letter]').forEach(label => {
            if (result.correctAnswer.includes(label.dataset.letter)) { label.classList.add('list-group-item-success'); }
        });
        const alert = document.createElement('div');
        alert.className = 'alert ' + (result.correct ? 'alert-success' : 'alert-danger');
        alert.dataset.verdict = result.correct ? 'right' : 'wrong';
        const verdict = document.createElement('div');
        verdict.className = 'fw-bold';
        verdict.textContent = result.correct ? texts['Practice.Right'] : texts['Practice.Wrong'];
        const answer = document.createElement('div');
        answer.dataset.correctAnswer = '';
        answer.textContent = format(texts['Practice.CorrectAnswerIs'], result.correctAnswer.join(', '));
        alert.append(verdict, answer);
        if (result.mastered) {
            const note = document.createElement('div');
            note.className = 'small';
            note.textContent = texts['Practice.Mastered'];
            alert.appendChild(note);
        } else if (result.inMistakeBook && !result.correct) {
            const note = document.createElement('div');
            note.className = 'small';
            note.textContent = texts['Practice.InBook'];
            alert.appendChild(note);
        }
        $('feedback').replaceChildren(alert);
        if (result.explanation) {
            const explanation = document.createElement('div');
            explanation.className = 'card card-body bg-body-tertiary';
            explanation.dataset.explanation = '';
            explanation.innerHTML = '<div class="small text-muted mb-1">' + texts['Practice.Explanation'] + '</div>' + result.explanation; // sanitised on the server
            $('feedback').appendChild(explanation);
        }
        show($('check'), false);
        const next = $('next');
        next.textContent = current < questions.length - 1 ? texts['Practice.Next'] : texts['Practice.Finish'];
        show(next, true);
        next.focus();
    }

    function next() {
        if (current < questions.length - 1) { current++; render(); } else { finish(); }
    }

    function finish() {
        show($('session'), false);
        const summary = $('summary');
        summary.replaceChildren();
        const card = document.createElement('div');
        card.className = 'card card-body text-center';
        const line = document.createElement('p');
        line.className = 'fs-5';
        line.dataset.result = '';
        line.textContent = format(texts['Practice.Summary'], answered, right, answered - right);
        const again = document.createElement('button');
        again.type = 'button';
        again.className = 'btn btn-primary mb-2';
        again.textContent = texts['Practice.Again'];
        again.addEventListener('click', () => { show(summary, false); show($('choose'), true); });
        const book = document.createElement('a');
        book.className = 'btn btn-outline-secondary';
        book.href = '/Exams/Mistakes';
        book.textContent = texts['Menu:Mistakes'];
        card.append(line, again, book);
        summary.appendChild(card);
        show(summary, true);
    }

    $('choose').addEventListener('submit', begin);
    $('check').addEventListener('click', check);
    $('next').addEventListener('click', next);
    $('finish').addEventListener('click', finish);
    if (root.dataset.start === 'true') { begin(); }
})();
