package cn.yanzhen.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The workbench's pages as a person uses them: by the keyboard, reading what is on screen. */
final class WorkbenchPage {

    private static final Duration WAIT = Duration.ofSeconds(30);
    /** More than any page of the workbench has controls before the one sought. */
    private static final int MOST_TABS = 60;

    private final ChromeDriver browser;
    private final String url;

    WorkbenchPage(ChromeDriver browser, String url) {
        this.browser = browser;
        this.url = url;
    }

    /** Opens the workbench; a browser without a session lands on the realm's login form. */
    void open() {
        browser.get(url + "/");
    }

    boolean onProviderLogin(String issuer) {
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("password")));
        return browser.getCurrentUrl().startsWith(issuer + "/protocol/openid-connect/auth");
    }

    /** Types the person's name and password on the realm's login form and presses Enter; waits for the workbench. */
    void signInAtProvider(String username, String password) {
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password + Keys.ENTER);
        awaitReady();
    }

    void awaitReady() {
        new WebDriverWait(browser, WAIT).until(driver -> "true".equals(script("return document.body.dataset.ready || '';")));
    }

    /** Signs out with the page's own link and waits for the realm's login form again. */
    void signOut() {
        press("sign-out", Keys.ENTER);
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("password")));
    }

    String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    boolean displayed(String css) {
        List<WebElement> found = browser.findElements(By.cssSelector(css));
        return !found.isEmpty() && found.get(0).isDisplayed();
    }

    /** The nav's views the person is offered. */
    List<String> views() {
        return script("return Array.from(document.querySelectorAll('#views button')).filter(function (b) {"
                + " return !b.hidden; }).map(function (b) { return b.dataset.view; });");
    }

    /** Signs the person on the page out, then another in at the realm's login form. */
    void signInAnew(String username, String password) {
        signOut();
        signInAtProvider(username, password);
    }

    /** Tabs to the first control matching the selector and presses Enter on it. */
    void activate(String css) {
        tabTo(css);
        new Actions(browser).sendKeys(Keys.ENTER).perform();
    }

    /** Tabs from the top of the page to the control, as a keyboard user would, and presses the key on it. */
    void press(String id, CharSequence key) {
        tabTo("#" + id);
        new Actions(browser).sendKeys(key).perform();
    }

    /**
     * Tabs from the top of the page to the first control matching the selector; fails when Tab never reaches it.
     * The presses are real Tab keys: as many as the page's focusable controls before it, sent at once, then one at a
     * time from the top again should focus have landed elsewhere.
     */
    void tabTo(String css) {
        Long before = script("var target = document.querySelector(arguments[0]); if (!target) return -1;"
                + " var stops = Array.from(document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]'))"
                + " .filter(function (el) { return !el.disabled && el.tabIndex >= 0 && el.getClientRects().length > 0; });"
                + " return stops.indexOf(target) + 1;", css);
        toTop();
        if (before > 0) {
            Actions presses = new Actions(browser);
            for (int i = 0; i < before; i++) {
                presses.sendKeys(Keys.TAB);
            }
            presses.perform();
            if (focusIsOn(css)) {
                return;
            }
            toTop();
        }
        for (int i = 0; i < MOST_TABS; i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            if (focusIsOn(css)) {
                return;
            }
        }
        throw new AssertionError("Tab never reaches " + css);
    }

    private void toTop() {
        script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);"
                + " document.body.setAttribute('tabindex', '-1'); document.body.focus();"
                + " document.body.removeAttribute('tabindex'); return null;");
    }

    private boolean focusIsOn(String css) {
        return Boolean.TRUE.equals(script("return document.activeElement.matches(arguments[0]);", css));
    }

    /** Tabs to the field and types into it. */
    void type(String id, String text) {
        tabTo("#" + id);
        browser.switchTo().activeElement().sendKeys(text);
    }

    /** Tabs to the field and empties it, as Ctrl+A then Delete would. */
    void clear(String id) {
        tabTo("#" + id);
        new Actions(browser).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(Keys.DELETE).perform();
    }

    /** Tabs to the list and moves its choice to the option of that value with the arrow keys. */
    void choose(String id, String value) {
        tabTo("#" + id);
        long steps = script("var s = document.getElementById(arguments[0]), wanted = arguments[1];"
                + " var to = Array.from(s.options).findIndex(function (o) { return o.value === wanted; });"
                + " if (to < 0) throw new Error('no option ' + wanted); return to - s.selectedIndex;", id, value);
        for (long i = 0; i < Math.abs(steps); i++) {
            new Actions(browser).sendKeys(steps > 0 ? Keys.ARROW_DOWN : Keys.ARROW_UP).perform();
        }
        if (!value.equals(value("#" + id, "value"))) {
            throw new AssertionError("the arrow keys did not choose " + value + " in #" + id);
        }
    }

    /** Gives the focused file input a file, as the file chooser would (a browser's own dialog is outside the page). */
    void chooseFile(String id, Path file) {
        tabTo("#" + id);
        browser.switchTo().activeElement().sendKeys(file.toAbsolutePath().toString());
    }

    /**
     * The visible controls that have no accessible name: a label, aria-label, aria-labelledby, title, or text of
     * their own (a button's, a link's). Each as tag#id or its outer HTML.
     */
    List<String> unnamedControls() {
        return script("function named(el) {"
                + " if ((el.getAttribute('aria-label') || '').trim()) return true;"
                + " var by = el.getAttribute('aria-labelledby');"
                + " if (by && by.split(' ').some(function (id) { var l = document.getElementById(id); return l && l.textContent.trim(); })) return true;"
                + " if (el.labels && Array.from(el.labels).some(function (l) { return l.textContent.trim(); })) return true;"
                + " if ((el.getAttribute('title') || '').trim()) return true;"
                + " return (el.tagName === 'BUTTON' || el.tagName === 'A') && el.textContent.trim().length > 0; }"
                + "return Array.from(document.querySelectorAll('input, select, textarea, button, a[href], progress'))"
                + " .filter(function (el) { return el.offsetParent !== null; })"
                + " .filter(function (el) { return !named(el); })"
                + " .map(function (el) { return el.id ? el.tagName.toLowerCase() + '#' + el.id : el.outerHTML; });");
    }

    /** The rows of a table on screen, cell texts. */
    List<List<String>> table(String name) {
        return script("return Array.from(document.querySelectorAll('table[data-table=\"' + arguments[0] + '\"] tbody tr'))"
                + ".map(function (tr) { return Array.from(tr.cells).map(function (td) { return td.textContent; }); });", name);
    }

    void awaitText(String id, String expected) {
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), expected));
    }

    /** What the page's own scripts can read of its cookies. */
    String cookiesScriptsSee() {
        return script("return document.cookie;");
    }

    Object value(String css, String property) {
        return script("return document.querySelector(arguments[0])[arguments[1]];", css, property);
    }

    void screenshot(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
    }

    @SuppressWarnings("unchecked")
    <T> T script(String script, Object... arguments) {
        return (T) ((JavascriptExecutor) browser).executeScript(script, arguments);
    }
}
