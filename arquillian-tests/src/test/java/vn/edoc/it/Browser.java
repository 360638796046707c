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
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    void open(String path) {
        driver.get(baseUrl + "/edoc" + path);
    }

    void logIn(String username, String password) {
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

    /** Chooses {@code label} in a PrimeFaces select menu. */
    void choose(String menuId, String label) {
        press(By.id(menuId));
        // PrimeFaces builds the menu's items in the browser when it opens, in a panel appended to the body
        press(By.xpath("//div[@id='" + menuId + "_panel']//li[@data-label='" + label + "']"));
    }

    WebElement find(By what) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(what));
    }

    List<WebElement> all(By what) {
        return driver.findElements(what);
    }

    /** Waits until the page's text holds {@code text}; answers the page's text. */
    String waitForText(String text) {
        wait.until(d -> d.findElement(By.tagName("body")).getText().contains(text));
        return pageText();
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The error and info messages the page shows. */
    String messages() {
        return driver.findElements(By.cssSelector(".ui-messages")).stream()
                .map(WebElement::getText)
                .reduce("", (a, b) -> a + "\n" + b);
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
