package dev.codatsandbox.admin;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Point;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An element of the page {@link Firefox} drives, named by its WebDriver BiDi shared id. Clicks and keys are real input
 * ({@code input.performActions}: the pointer moved to the element's in-view centre and pressed, the keys pressed and
 * released one by one in the focused element), as the WebDriver specification's Element Click and Element Send Keys
 * have them; the rest (text, visibility, attributes, submit, clear) is read or done by a script in the page, the
 * way Selenium's own atoms and Firefox's Marionette do it. An element removed from the document is stale.
 */
final class FirefoxElement implements WebElement {

    /** WebDriver's modifier keys: held from their first press to their second, to {@link Keys#NULL}, or to the end. */
    private static final Set<Character> MODIFIERS = Set.of(Keys.SHIFT.charAt(0), Keys.CONTROL.charAt(0),
            Keys.ALT.charAt(0), Keys.META.charAt(0), Keys.RIGHT_SHIFT.charAt(0), Keys.RIGHT_CONTROL.charAt(0),
            Keys.RIGHT_ALT.charAt(0));

    private final Firefox browser;
    private final String sharedId;

    FirefoxElement(Firefox browser, String sharedId) {
        this.browser = browser;
        this.sharedId = sharedId;
    }

    String sharedId() {
        return sharedId;
    }

    /** Calls {@code function} with this element as {@code this}, once it is known to be still in the document. */
    private Object call(String function, Object... args) {
        return browser.call("function(...args) { if (!this.isConnected) { throw new Error('" + Firefox.STALE
                + "'); } return (" + function + ").apply(this, args); }", this, args);
    }

    @Override
    public void click() {
        Object target = call("function() {"
                + " if (this.localName === 'option') {"
                + "   const select = this.closest('select');"
                + "   if (select !== null && !select.disabled && !this.disabled) {"
                + "     select.focus();"
                + "     if (!this.selected || select.multiple) {"
                + "       this.selected = select.multiple ? !this.selected : true;"
                + "       select.dispatchEvent(new Event('input', {bubbles: true, composed: true}));"
                + "       select.dispatchEvent(new Event('change', {bubbles: true}));"
                + "     }"
                + "     this.dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true}));"
                + "   }"
                + "   return null;"
                + " }"
                + " this.scrollIntoView({block: 'end', inline: 'nearest'});"
                + " const box = this.getClientRects()[0];"
                + " if (box === undefined) { return 'hidden'; }"
                + " const left = Math.max(0, Math.min(box.left, box.right));"
                + " const right = Math.min(window.innerWidth, Math.max(box.left, box.right));"
                + " const top = Math.max(0, Math.min(box.top, box.bottom));"
                + " const bottom = Math.min(window.innerHeight, Math.max(box.top, box.bottom));"
                + " const x = Math.floor((left + right) / 2), y = Math.floor((top + bottom) / 2);"
                + " const hit = document.elementFromPoint(x, y);"
                + " if (hit === null) { return 'hidden'; }"
                + " if (hit !== this && !this.contains(hit)) { return hit.outerHTML.slice(0, 200); }"
                + " return [x, y];"
                + "}");
        if (target == null) {
            return;
        }
        if ("hidden".equals(target)) {
            throw new ElementNotInteractableException("The element has no box to click in view: " + this);
        }
        if (target instanceof String obscuring) {
            throw new ElementClickInterceptedException("Another element would receive the click: " + obscuring);
        }
        List<?> point = (List<?>) target;
        browser.perform(Map.of("type", "pointer", "id", "mouse", "parameters", Map.of("pointerType", "mouse"),
                "actions", List.of(
                        Map.of("type", "pointerMove", "x", point.get(0), "y", point.get(1), "origin", "viewport"),
                        Map.of("type", "pointerDown", "button", 0),
                        Map.of("type", "pointerUp", "button", 0))));
    }

    /** As Selenium submits: a cancellable submit event on the enclosing form, then the form's own submission. */
    @Override
    public void submit() {
        call("function() {"
                + " let form = this;"
                + " while (form.nodeName !== 'FORM' && form.parentNode) { form = form.parentNode; }"
                + " if (form.nodeName !== 'FORM') { throw new Error('The element is not in a form'); }"
                + " const event = form.ownerDocument.createEvent('Event');"
                + " event.initEvent('submit', true, true);"
                + " if (form.dispatchEvent(event)) { HTMLFormElement.prototype.submit.call(form); }"
                + "}");
    }

    /** Focuses the element (the caret at the end of its text), then presses and releases each key in turn. */
    @Override
    public void sendKeys(CharSequence... keysToSend) {
        call("function() {"
                + " if (this.ownerDocument.activeElement !== this) {"
                + "   this.focus();"
                + "   if (typeof this.value === 'string' && typeof this.setSelectionRange === 'function') {"
                + "     try { this.setSelectionRange(this.value.length, this.value.length); } catch (e) { }"
                + "   }"
                + " }"
                + "}");
        StringBuilder keys = new StringBuilder();
        for (CharSequence sequence : keysToSend) {
            keys.append(sequence);
        }
        List<Object> actions = new ArrayList<>();
        Set<String> held = new LinkedHashSet<>();
        keys.codePoints().forEach(codePoint -> {
            String key = new String(Character.toChars(codePoint));
            if (key.equals(Keys.NULL.toString())) {
                held.forEach(modifier -> actions.add(Map.of("type", "keyUp", "value", modifier)));
                held.clear();
            } else if (key.length() == 1 && MODIFIERS.contains(key.charAt(0))) {
                boolean release = held.remove(key);
                if (!release) {
                    held.add(key);
                }
                actions.add(Map.of("type", release ? "keyUp" : "keyDown", "value", key));
            } else {
                actions.add(Map.of("type", "keyDown", "value", key));
                actions.add(Map.of("type", "keyUp", "value", key));
            }
        });
        held.forEach(modifier -> actions.add(Map.of("type", "keyUp", "value", modifier)));
        browser.perform(Map.of("type", "key", "id", "keyboard", "actions", actions));
    }

    /** As Firefox's Marionette clears a field: emptied, with input and change events, then left. */
    @Override
    public void clear() {
        call("function() {"
                + " if (this.isContentEditable) { this.innerHTML = ''; return; }"
                + " if (this.disabled || this.readOnly) { throw new Error('invalid element state: not editable'); }"
                + " if (this.value === '') { return; }"
                + " this.focus();"
                + " this.value = '';"
                + " this.dispatchEvent(new Event('input', {bubbles: true, composed: true}));"
                + " this.dispatchEvent(new Event('change', {bubbles: true}));"
                + " this.blur();"
                + "}");
    }

    @Override
    public String getTagName() {
        return (String) call("function() { return this.localName; }");
    }

    /** The property when a plain value (as Selenium's atom reads {@code value}, {@code id}…), else the attribute. */
    @Override
    public String getAttribute(String name) {
        return (String) call("function(name) {"
                + " const property = this[name];"
                + " if (typeof property === 'boolean') { return property ? 'true' : null; }"
                + " if (property !== undefined && property !== null && typeof property !== 'object'"
                + "     && typeof property !== 'function') { return String(property); }"
                + " return this.getAttribute(name);"
                + "}", name);
    }

    @Override
    public String getDomAttribute(String name) {
        return (String) call("function(name) { return this.getAttribute(name); }", name);
    }

    @Override
    public String getDomProperty(String name) {
        return (String) call("function(name) { const p = this[name]; return p === undefined || p === null ? null"
                + " : String(p); }", name);
    }

    @Override
    public boolean isSelected() {
        return Boolean.TRUE.equals(call("function() { return this.localName === 'option' ? this.selected"
                + " : this.checked === true; }"));
    }

    @Override
    public boolean isEnabled() {
        return Boolean.TRUE.equals(call("function() { return !this.matches(':disabled'); }"));
    }

    /** The rendered text ({@code innerText}), trimmed, with non-breaking spaces as spaces; none when not displayed. */
    @Override
    public String getText() {
        return (String) call("function() {"
                + " const shown = this.checkVisibility({visibilityProperty: true, opacityProperty: true})"
                + "   || this.localName === 'option';"
                + " return shown ? this.innerText.replace(/\\u00a0/g, ' ').trim() : '';"
                + "}");
    }

    @Override
    public List<WebElement> findElements(By by) {
        return browser.find(by, this);
    }

    @Override
    public WebElement findElement(By by) {
        return browser.findOne(by, this);
    }

    /** Rendered, visible and not transparent; an option as its select is. */
    @Override
    public boolean isDisplayed() {
        return Boolean.TRUE.equals(call("function() {"
                + " const element = this.localName === 'option' || this.localName === 'optgroup'"
                + "   ? (this.closest('select') || this) : this;"
                + " return element.checkVisibility({visibilityProperty: true, opacityProperty: true});"
                + "}"));
    }

    @Override
    public Point getLocation() {
        Rectangle rect = getRect();
        return rect.getPoint();
    }

    @Override
    public Dimension getSize() {
        return getRect().getDimension();
    }

    @Override
    public Rectangle getRect() {
        List<?> box = (List<?>) call("function() { const r = this.getBoundingClientRect();"
                + " return [r.x + window.scrollX, r.y + window.scrollY, r.width, r.height].map(Math.round); }");
        return new Rectangle(((Number) box.get(0)).intValue(), ((Number) box.get(1)).intValue(),
                ((Number) box.get(3)).intValue(), ((Number) box.get(2)).intValue());
    }

    @Override
    public String getCssValue(String propertyName) {
        return (String) call("function(name) { return getComputedStyle(this).getPropertyValue(name); }",
                propertyName);
    }

    /** A PNG of the element's box. */
    @Override
    public <X> X getScreenshotAs(OutputType<X> target) {
        Map<String, Object> shot = browser.command("browsingContext.captureScreenshot", Map.of("context",
                browser.context(), "clip", Map.of("type", "element", "element", Map.of("sharedId", sharedId))));
        return target.convertFromBase64Png((String) shot.get("data"));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FirefoxElement element && element.sharedId.equals(sharedId);
    }

    @Override
    public int hashCode() {
        return sharedId.hashCode();
    }

    @Override
    public String toString() {
        return "[Firefox element " + sharedId + "]";
    }
}
