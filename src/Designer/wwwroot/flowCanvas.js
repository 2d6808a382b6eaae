// The flow canvas's browser side: loads the diagram library's script and styles when the host page did not,
// turns an HTML5 drop of a palette item into DropActivity(type, clientX, clientY), and focuses the canvas.
const styles = [
    '_content/Z.Blazor.Diagrams/style.min.css',
    '_content/Z.Blazor.Diagrams/default.styles.min.css',
    '_content/CallCenter.Designer/flowCanvas.css',
];
const diagramScript = '_content/Z.Blazor.Diagrams/script.min.js';
const listeners = new WeakMap();
let scriptLoaded;

export function ensureAssets() {
    for (const href of styles) {
        if (document.querySelector(`link[href$="${href}"]`)) continue;
        const link = document.createElement('link');
        link.rel = 'stylesheet';
        link.href = href;
        document.head.appendChild(link);
    }
    if (window.ZBlazorDiagrams) return Promise.resolve();
    scriptLoaded ??= new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = diagramScript;
        script.onload = () => resolve();
        script.onerror = () => reject(new Error(`could not load ${diagramScript}`));
        document.head.appendChild(script);
    });
    return scriptLoaded;
}

function carriesText(event) {
    return event.dataTransfer && Array.from(event.dataTransfer.types || []).includes('text/plain');
}

export function attach(element, dotnet) {
    if (!element || listeners.has(element)) return;
    const over = event => {
        if (!carriesText(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
    };
    const drop = event => {
        if (!carriesText(event)) return;
        const type = (event.dataTransfer.getData('text/plain') || '').trim();
        if (!type) return;
        event.preventDefault();
        dotnet.invokeMethodAsync('DropActivity', type, event.clientX, event.clientY);
    };
    element.addEventListener('dragover', over);
    element.addEventListener('drop', drop);
    listeners.set(element, { over, drop });
}

export function detach(element) {
    const found = element && listeners.get(element);
    if (!found) return;
    element.removeEventListener('dragover', found.over);
    element.removeEventListener('drop', found.drop);
    listeners.delete(element);
}

export function focus(element) {
    element?.querySelector('.diagram-canvas')?.focus();
}

// Palette items say what they are; the drag carries it as text/plain, which is what the drop above reads.
document.addEventListener('dragstart', event => {
    const item = event.target instanceof Element ? event.target.closest('[data-activity-type]') : null;
    if (!item || !event.dataTransfer) return;
    event.dataTransfer.setData('text/plain', item.getAttribute('data-activity-type'));
    event.dataTransfer.effectAllowed = 'copy';
});
