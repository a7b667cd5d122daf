package cn.yanzhen.system;

import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/** The dashboard's 招商项目库 view as a person uses it and a test reads it. */
final class DashboardPipelinePage {

    private final ChromeDriver browser;

    DashboardPipelinePage(ChromeDriver browser) {
        this.browser = browser;
    }

    /** What the stage chart draws: 线索, 在谈, 意向, 签约 down the funnel, then the dropped bar beside it. */
    List<Long> stages() {
        List<Number> drawn = script("var o = echarts.getInstanceByDom(document.getElementById('pipeline-chart'))"
                + ".getOption(); return o.series[0].data.concat(o.series[1].data).map(function (d) { return d.value; });");
        List<Long> values = new ArrayList<>();
        drawn.forEach(value -> values.add(value.longValue()));
        return values;
    }

    /** The line above the chart, as the offices word their reports. */
    String summary() {
        return script("return document.getElementById('pipeline-summary').textContent;");
    }

    @SuppressWarnings("unchecked")
    private <T> T script(String script, Object... arguments) {
        return (T) ((JavascriptExecutor) browser).executeScript(script, arguments);
    }
}
