package vn.edoc.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromedriver}) on the web UI: log in and out, open a
 * page, fill and press, wait for what the page shows, and keep a screenshot of a page with the test's output.
 */
final class Browser implements AutoCloseable {
    private static final String CHROMIUM = System.getProperty("edoc.it.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("edoc.it.chromedriver", "/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of(
            System.getProperty("edoc.it.screenshots", "target/screenshots"),
            System.getProperty("edoc.it.database", "h2"));

    private final String baseUrl;
    private final WebDriver driver;
    private final WebDriverWait wait;

    Browser(String baseUrl) {
        this.baseUrl = baseUrl;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // this machine has no network beyond the test server: Chromium's background calls would only fail
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1400,1000",
                "--lang=vi");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .build();
        this.driver = new ChromeDriver(service, options);
        // a page replaced while it is read (a redirect after a form) is read again, not a failure
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        this.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    void open(String path) {
        driver.get(baseUrl + "/edoc" + path);
    }

    void logIn(String username, String password) {
        driver.manage().deleteAllCookies(); // whatever an earlier test left, this starts a new session
        open("/login.xhtml");
        type(By.id("login:username"), username);
        type(By.id("login:password"), password);
        press(By.id("login:submit"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("user-name")));
    }

    void logOut() {
        press(By.id("logout:go"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
    }

    void type(By field, String text) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(field));
        element.clear();
        element.sendKeys(text);
    }

    void press(By button) {
        wait.until(ExpectedConditions.elementToBeClickable(button)).click();
    }

    /**
     * Chooses the item labelled {@code label} in a PrimeFaces select menu, through the menu's own widget (its panel of
     * items is built and animated in the browser, and a click on it raced with the panel's animation).
     */
    void choose(String menuId, String label) {
        WebElement menu = find(By.id(menuId));
        WebElement option = menu.findElement(By.xpath(".//select/option[normalize-space(.)='" + label + "']"));
        String widget = "widget_" + menuId.replace(':', '_');
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript(
                        "PrimeFaces.widgets[arguments[0]].selectValue(arguments[1]);",
                        widget,
                        option.getAttribute("value"));
        wait.until(d ->
                label.equals(d.findElement(By.id(menuId + "_label")).getText().strip()));
    }

    /** What a script run in the page answers. */
    Object script(String script) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(script);
    }

    WebElement find(By what) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(what));
    }

    List<WebElement> all(By what) {
        return driver.findElements(what);
    }

    /** Waits until the page's text holds {@code text}; answers the page's text. */
    String waitForText(String text) {
        try {
            wait.until(d -> {
                String body = bodyText(d);
                return body != null && body.contains(text);
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            Path shot = screenshot("timeout-waiting-" + Math.abs(text.hashCode()));
            throw new AssertionError(
                    "the page never showed \"" + text + "\" (screenshot " + shot + "); it shows:\n" + pageText(), e);
        }
        return pageText();
    }

    String pageText() {
        return wait.until(Browser::bodyText);
    }

    /**
     * The page's text, or {@code null} (wait on) while the page is being replaced: Chrome then answers a read of the
     * old body with "Node with given id does not belong to the document", not a stale-element error (CI, WebUiIT).
     */
    private static String bodyText(WebDriver driver) {
        try {
            return driver.findElement(By.tagName("body")).getText();
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return null;
            }
            throw e;
        }
    }

    /** The error and info messages the page shows. */
    String messages() {
        return driver.findElements(By.cssSelector(".ui-messages")).stream()
                .map(WebElement::getText)
                .reduce("", (a, b) -> a + "\n" + b);
    }

    /** What {@code url} answers to this browser's session (a download the browser would save). */
    byte[] download(String url) {
        String cookies = driver.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .reduce((a, b) -> a + "; " + b)
                .orElse("");
        try {
            java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                                    .header("Cookie", cookies)
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError(url + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    WebDriverWait waiting() {
        return wait;
    }

    /** Saves what the browser shows as {@code name}.png under target/screenshots/DATABASE. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
