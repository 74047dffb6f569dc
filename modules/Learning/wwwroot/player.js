// The lesson player's heartbeats. Every 30 s (and when the page is hidden, shown again or closed) it tells the server
// about the interval since the previous beat: whether the page stayed visible, whether the user was active, whether the
// video played, and where it is now. The server credits its own clock time between beats, capped; this script only
// reports. Texts come from the page (data-texts).
(function () {
    'use strict';
    const root = document.querySelector('[data-player]');
    if (!root) { return; }
    const lessonId = root.dataset.lessonId;
    const texts = JSON.parse(root.dataset.texts);
    const minimum = Number(root.dataset.minimum || 0);
    const video = root.querySelector('[data-video]');
    const status = root.querySelector('[data-status]');
    const done = root.querySelector('[data-completed]');
    const api = '/api/learning/lessons/' + lessonId;
    const idleAfterMs = 120000;
    let session = null;
    let timer = null;
    let lastInput = Date.now();
    let hiddenDuring = document.hidden;
    let playedDuring = false;

    const format = (text, ...values) => values.reduce((t, v, i) => t.replace('{' + i + '}', v), text);
    const show = (studied, completed, earned) => {
        status.textContent = format(texts.Studied, Math.floor(studied / 60), Math.floor(minimum / 60));
        if (completed) { done.classList.remove('d-none'); }
        if (earned) { status.textContent += ' ' + format(texts.Earned, earned); }
    };
    ['pointerdown', 'keydown', 'scroll', 'touchstart', 'wheel', 'mousemove'].forEach(name =>
        window.addEventListener(name, () => { lastInput = Date.now(); }, { passive: true }));
    if (video) {
        video.addEventListener('timeupdate', () => { if (!video.paused) { playedDuring = true; } });
    }

    function report(visible, end) {
        const playing = video ? (playedDuring || (!video.paused && !video.ended)) : false;
        const body = {
            sessionId: session.sessionId,
            clientTime: new Date().toISOString(),
            visible: visible,
            active: playing || Date.now() - lastInput < idleAfterMs,
            playing: playing,
            position: video ? video.currentTime : 0,
            end: !!end,
        };
        playedDuring = false;
        hiddenDuring = document.hidden;
        return fetch(api + '/heartbeats', {
            method: 'POST', credentials: 'same-origin', keepalive: !!end,
            headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
        }).then(r => r.ok ? r.json() : Promise.reject(r.status)).then(result => {
            if (result.verdict === 'OverlappingSession') {
                stop();
                status.textContent = texts.Superseded;
                if (video) { video.pause(); }
                return;
            }
            show(result.studiedSeconds, result.completed, result.creditHoursEarned);
        }).catch(() => { if (!end) { status.textContent = texts.Offline; } });
    }

    function start() { stop(); timer = window.setInterval(() => report(!hiddenDuring && !document.hidden), session.heartbeatSeconds * 1000); }
    function stop() { if (timer) { window.clearInterval(timer); timer = null; } }

    document.addEventListener('visibilitychange', () => {
        if (!session) { return; }
        if (document.hidden) {
            report(!hiddenDuring);
            hiddenDuring = true;
            stop();
        } else {
            report(false);
            start();
        }
    });
    window.addEventListener('pagehide', () => { if (session) { report(!hiddenDuring && !document.hidden, true); } });

    fetch(api + '/sessions', { method: 'POST', credentials: 'same-origin' })
        .then(r => r.ok ? r.json() : Promise.reject(r.status))
        .then(started => {
            session = started;
            show(started.studiedSeconds, started.completed, null);
            if (video && started.position > 0) {
                const seek = () => { video.currentTime = Math.min(started.position, (video.duration || started.position) - 1); };
                if (video.readyState >= 1) { seek(); } else { video.addEventListener('loadedmetadata', seek, { once: true }); }
            }
            start();
        })
        .catch(() => { status.textContent = texts.Offline; });
})();
