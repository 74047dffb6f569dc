// The work-order answer form: fills the hidden latitude and longitude from the phone's location when the page loads.
// The form posts without it as well; the server says so when the campaign requires the place.
(function () {
    const form = document.getElementById('answer-form');
    const status = form && form.querySelector('[data-place-status]');
    if (!form || !status) {
        return;
    }
    if (!('geolocation' in navigator)) {
        status.textContent = status.dataset.failed;
        return;
    }
    navigator.geolocation.getCurrentPosition(position => {
        form.querySelector('#Answer_Latitude').value = position.coords.latitude.toFixed(6);
        form.querySelector('#Answer_Longitude').value = position.coords.longitude.toFixed(6);
        status.textContent = status.dataset.found;
    }, () => {
        status.textContent = status.dataset.failed;
    }, { enableHighAccuracy: true, timeout: 20000, maximumAge: 60000 });
})();
