// Helpers of the checklist page's submission (checklist.js): the phone's location, what can be told before asking the
// server, and the server's ValidationProblem sorted into messages at the top and next to the items.
(function () {
    'use strict';
    const format = (text, ...values) => values.reduce((t, v, i) => t.replace('{' + i + '}', v), text);

    // The location when the phone tells it within 5 s, else null: the submission does not wait for it.
    function locate() {
        return new Promise(resolve => {
            if (!navigator.geolocation) { resolve(null); return; }
            // Belt and braces: a permission prompt left unanswered may never call back.
            const timer = setTimeout(() => resolve(null), 6000);
            const round = value => Math.round(value * 1e6) / 1e6;
            navigator.geolocation.getCurrentPosition(
                position => { clearTimeout(timer); resolve({ latitude: round(position.coords.latitude), longitude: round(position.coords.longitude) }); },
                () => { clearTimeout(timer); resolve(null); },
                { enableHighAccuracy: true, timeout: 5000, maximumAge: 60000 });
        });
    }

    // Unanswered items and failed ones without a note or a photo: { top: [messages], items: [[card, message]] }.
    function check(cards, noteOf, texts) {
        const pending = cards.filter(card => card.dataset.answer === 'Pending');
        const noNote = cards.filter(card => card.dataset.answer === 'Failed' && !noteOf(card));
        const top = [];
        const items = [];
        if (pending.length > 0) {
            top.push(format(texts['Check.Unanswered'], pending.length, pending.slice(0, 10).map(card => card.dataset.sort).join(', ')));
            pending.forEach(card => items.push([card, texts['Answer.Pending']]));
        }
        noNote.forEach(card => {
            const message = format(texts['Check.FailedNeedsNote'], card.dataset.sort);
            top.push(message);
            items.push([card, message]);
        });
        // A failed item shows what was found: at least one photo, on the server or still on its way.
        cards.filter(card => card.dataset.answer === 'Failed' && !card.querySelector('[data-photo-list] img')).forEach(card => {
            const message = format(texts['Check.FailedNeedsPhoto'], card.dataset.sort);
            top.push(message);
            items.push([card, message]);
        });
        return { top, items };
    }

    // Every message goes to the top; those of items[N].* also next to the item numbered N.
    function sort(problem, root) {
        const top = [];
        const items = [];
        Object.entries(problem.errors || {}).forEach(([field, messages]) => {
            const match = /^items\[(\d+)\]/.exec(field);
            const card = match && root.querySelector('[data-item][data-sort="' + match[1] + '"]');
            if (card) { items.push([card, messages.join(' ')]); }
            top.push(...messages);
        });
        return { top: top.length > 0 ? top : messages(problem), items };
    }

    function messages(problem) {
        const listed = problem.errors ? Object.values(problem.errors).flat() : [];
        return listed.length > 0 ? listed : [problem.detail || problem.title || String(problem.status || '')];
    }

    window.checklistSubmission = { locate, check, sort, messages };
})();
