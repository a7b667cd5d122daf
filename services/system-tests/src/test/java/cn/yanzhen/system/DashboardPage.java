package cn.yanzhen.system;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The dashboard's page as a test reads it: what is on screen, never what the server says. */
final class DashboardPage {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final ChromeDriver browser;
    private final String url;

    DashboardPage(ChromeDriver browser, String url) {
        this.browser = browser;
        this.url = url;
    }

    void open() {
        browser.get(url + "/");
    }

    boolean showsLogin() {
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.or(
                ExpectedConditions.visibilityOfElementLocated(By.id("login")),
                ExpectedConditions.visibilityOfElementLocated(By.id("screen"))));
        return browser.findElement(By.id("login")).isDisplayed() && !browser.findElement(By.id("screen")).isDisplayed();
    }

    void signIn(String token) {
        browser.findElement(By.id("token")).sendKeys(token);
        browser.findElement(By.id("sign-in")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.invisibilityOfElementLocated(By.id("login")));
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.textToBe(By.id("live-status"), "实时"));
    }

    /** Follows the page's offer to sign in at the identity provider. */
    void toProviderSignIn() {
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.elementToBeClickable(By.id("provider-sign-in"))).click();
    }

    /** Whether the browser shows the identity provider's login form (its issuer's address, a password field). */
    boolean onProviderLogin(String issuer) {
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("password")));
        return browser.getCurrentUrl().startsWith(issuer + "/protocol/openid-connect/auth");
    }

    /** Signs in on the identity provider's login form; returns once the page it sends back to is live. */
    void signInAtProvider(String username, String password) {
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("kc-login")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.textToBe(By.id("live-status"), "实时"));
    }

    /** What the page's own scripts can read of its cookies. */
    String cookiesScriptsSee() {
        return script("return document.cookie;");
    }

    /** A request from the page's scripts with the page's session: "status body". */
    String fetch(String path) {
        return (String) ((JavascriptExecutor) browser).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch('" + path + "', {credentials: 'same-origin'}).then(function (r) { return r.text()"
                + ".then(function (t) { done(r.status + ' ' + t); }); }).catch(function (e) { done('error ' + e); });");
    }

    /** Signs out with the page's own button. */
    void signOut() {
        browser.findElement(By.id("sign-out")).click();
    }

    /** Waits for the sign-in to come back and answers what it says: why the session ended. */
    String awaitLogin(Duration within) {
        new WebDriverWait(browser, within).until(ExpectedConditions.visibilityOfElementLocated(By.id("login")));
        return browser.findElement(By.id("login-error")).getText();
    }

    /** The exact figure behind a headline card (its number, or yuan where the card shows 亿元). */
    String card(String id) {
        return script("var v = document.querySelector('#" + id + " .value'); return v ? v.dataset.value : null;");
    }

    /** What the funnel chart draws: signed, commenced, in production. */
    List<Long> funnel() {
        return script("return echarts.getInstanceByDom(document.getElementById('funnel-chart')).getOption()"
                + ".series[0].data.map(function (d) { return d.value; });");
    }

    /** Per chart: the series types it draws, how many data points, and whether its canvas has pixels. */
    Map<String, Object> chart(String id) {
        return script("var el = document.getElementById('" + id + "'); var c = echarts.getInstanceByDom(el);"
                + "if (!c) return null; var o = c.getOption(); var canvas = el.querySelector('canvas');"
                + "var ctx = canvas.getContext('2d'); var d = ctx.getImageData(0, 0, canvas.width, canvas.height).data;"
                + "var painted = 0; for (var i = 3; i < d.length; i += 4) { if (d[i] > 0) painted++; }"
                + "return {types: o.series.map(function (s) { return s.type; }),"
                + " points: o.series.reduce(function (n, s) { return n + (s.data ? s.data.length : 0); }, 0),"
                + " painted: painted};");
    }

    /**
     * Waits until ECharts has finished animating the visible charts: their painted pixels stay the same
     * from one look to the next.
     */
    void awaitChartsSettled() {
        AtomicReference<Object> last = new AtomicReference<>();
        await().atMost(WAIT).pollInterval(Duration.ofMillis(300)).until(() -> {
            Object now = script("return Array.from(document.querySelectorAll('canvas'))"
                    + ".filter(function (c) { return c.offsetParent !== null; }).map(function (c) {"
                    + " var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data, n = 0;"
                    + " for (var i = 3; i < d.length; i += 4) { if (d[i] > 0) n++; } return n; });");
            return now.equals(last.getAndSet(now));
        });
    }

    /** The cells of a table on screen, as the exact values behind what it shows. */
    List<List<String>> table(String name) {
        return script("return Array.from(document.querySelectorAll('table[data-table=\"" + name + "\"] tbody tr'))"
                + ".map(function (tr) { return Array.from(tr.cells).map(function (td) { return td.dataset.value; }); });");
    }

    List<String> tableText(String name, int column) {
        return script("return Array.from(document.querySelectorAll('table[data-table=\"" + name + "\"] tbody tr'))"
                + ".map(function (tr) { return tr.cells[" + column + "].textContent; });");
    }

    void export(String table, String format) {
        browser.findElement(By.cssSelector("#table-" + table + " a[data-export='" + format + "']")).click();
    }

    void show(String view) {
        browser.findElement(By.cssSelector("nav button[data-view='" + view + "']")).click();
        new WebDriverWait(browser, WAIT).until(driver -> driver.findElement(By.id("view-" + view)).isDisplayed());
    }

    /** Chooses a value in one of the page's pickers, as its select reports a choice. */
    void choose(String selectId, String value) {
        script("var select = document.getElementById(arguments[0]); select.value = arguments[1];"
                + " select.dispatchEvent(new Event('change', {bubbles: true})); return null;", selectId, value);
    }

    void awaitTable(String name) {
        new WebDriverWait(browser, WAIT).until(driver -> !table(name).isEmpty());
    }

    /** From now on the page notes, in its own clock, each time a card's figure changes on screen. */
    void recordCardChanges(String id) {
        script("window.cardChanges = []; new MutationObserver(function () {"
                + " var v = document.querySelector('#" + id + " .value');"
                + " var last = window.cardChanges[window.cardChanges.length - 1];"
                + " if (v && (!last || last[0] !== v.dataset.value)) window.cardChanges.push([v.dataset.value, Date.now()]);"
                + "}).observe(document.getElementById('cards'), {childList: true, subtree: true}); return null;");
    }

    /** From now on the page counts how often it redraws the element (a table's container, the cards). */
    void countRenders(String id) {
        script("window.renders = 0; new MutationObserver(function () { window.renders++; })"
                + ".observe(document.getElementById('" + id + "'), {childList: true}); return null;");
    }

    long renders() {
        return ((Number) script("return window.renders;")).longValue();
    }

    /** How long the page takes to run a trivial script: long when its main thread is busy. */
    long respondsWithinMillis() {
        long start = System.nanoTime();
        script("return 1;");
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** When (epoch ms) the recorded card first showed the value, or null while it has not. */
    Long shownAt(String value) {
        Object at = script("var hit = (window.cardChanges || []).find(function (c) { return c[0] === '" + value
                + "'; }); return hit ? hit[1] : null;");
        return at == null ? null : ((Number) at).longValue();
    }

    /** The page's version attribute: the overview it last drew. */
    String version() {
        return browser.findElement(By.tagName("body")).getDomAttribute("data-version");
    }

    /** Scrolls the page until the element is in view. */
    void scrollTo(String id) {
        script("document.getElementById('" + id + "').scrollIntoView({block: 'center'}); return null;");
    }

    void screenshot(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
    }

    WebDriver driver() {
        return browser;
    }

    WebElement element(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    @SuppressWarnings("unchecked")
    private <T> T script(String script, Object... arguments) {
        return (T) ((JavascriptExecutor) browser).executeScript(script, arguments);
    }
}
