// Coverage per town or enterprise as a bar chart (ECharts); the page puts names and rates in data-chart.
(function () {
    var element = document.getElementById('coverage-chart');
    if (!element || !window.echarts) {
        return;
    }
    var data = JSON.parse(element.getAttribute('data-chart'));
    var chart = window.echarts.init(element);
    chart.setOption({
        tooltip: { trigger: 'axis', valueFormatter: function (v) { return v + '%'; } },
        grid: { left: 8, right: 8, bottom: 8, top: 24, containLabel: true },
        xAxis: { type: 'category', data: data.names, axisLabel: { interval: 0, rotate: data.names.length > 6 ? 30 : 0 } },
        yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
        series: [{ name: data.label, type: 'bar', data: data.rates }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
})();
