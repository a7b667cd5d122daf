package cn.yanzhen.system;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/** The dashboard's trend view and its map's drill-down as a person uses them and a test reads them. */
final class DashboardTrendsPage {

    private final ChromeDriver browser;

    DashboardTrendsPage(ChromeDriver browser) {
        this.browser = browser;
    }

    /** The months the trend chart draws along its axis. */
    List<String> chartMonths() {
        return script("var c = echarts.getInstanceByDom(document.getElementById('trend-chart'));"
                + " return c ? c.getOption().xAxis[0].data : [];");
    }

    /** What one series of the trend chart draws, month by month. */
    List<Long> chartSeries(String name) {
        List<Number> values = script("var name = arguments[0];"
                + " return echarts.getInstanceByDom(document.getElementById('trend-chart')).getOption()"
                + ".series.find(function (s) { return s.name === name; }).data;", name);
        return values.stream().map(Number::longValue).toList();
    }

    /** Chooses the months in the range picker, as its month fields report a choice; empty for an open end. */
    void chooseMonths(String from, String to) {
        script("var months = {from: arguments[0], to: arguments[1]}; ['from', 'to'].forEach(function (end) {"
                + " var input = document.getElementById('trend-' + end); input.value = months[end];"
                + " input.dispatchEvent(new Event('change', {bubbles: true})); }); return null;", from, to);
    }

    /** Turns the flow lines on the map on or off (they end at the provinces' centres, where a click lands). */
    void showFlows(boolean shown) {
        WebElement box = browser.findElement(By.id("show-flows"));
        if (box.isSelected() != shown) {
            box.click();
        }
    }

    /** Clicks the province on the country's map at its centre, as a person points at it. */
    void clickProvince(String code) {
        WebElement map = browser.findElement(By.id("map-chart"));
        List<Number> at = script("var c = echarts.getInstanceByDom(document.getElementById('map-chart'));"
                + " return c.convertToPixel({geoIndex: 0}, state.provinceCentres['" + code + "']);");
        int x = at.get(0).intValue() - map.getSize().getWidth() / 2;
        int y = at.get(1).intValue() - map.getSize().getHeight() / 2;
        new Actions(browser).moveToElement(map, x, y).click().perform();
    }

    /** What the drilled-down map colours: each region's name, code and value. */
    List<Map<String, Object>> provinceMap() {
        return script("var c = echarts.getInstanceByDom(document.getElementById('province-chart'));"
                + " return c ? c.getOption().series[0].data : [];");
    }

    boolean drilledDown() {
        return browser.findElement(By.id("province-chart")).isDisplayed()
                && !browser.findElement(By.id("map-chart")).isDisplayed();
    }

    void backToCountry() {
        browser.findElement(By.id("map-back")).click();
    }

    @SuppressWarnings("unchecked")
    private <T> T script(String script, Object... arguments) {
        return (T) ((JavascriptExecutor) browser).executeScript(script, arguments);
    }
}
