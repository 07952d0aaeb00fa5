/**
 * The page as plain data: every control that could take a phone number, a code or a calling
 * code, with the text that names it, in document order, through open shadow roots and
 * same-origin frames. The rules read only this snapshot.
 */
import { spaceWords } from './words';

export interface FieldSnapshot {
  element: HTMLElement;
  /** Position among all candidates, in document order. */
  index: number;
  /** Lowercase tag name: "input", "select", or the tag of a widget such as a combobox. */
  tag: string;
  /** The input's type ("text", "tel" ...); "text" for other controls. */
  type: string;
  autocomplete: string;
  /** Name, id, class, labels, aria text, placeholder and title, with words spaced. */
  text: string;
  /** The nearest text before the field within its own group: a div label or a "+90" prefix. */
  before: string;
  placeholder: string;
  value: string;
  /** -1 when the field has none. */
  maxLength: number;
  size: number;
  pattern: string;
  inputMode: string;
  /** Layout width in pixels; 0 when the environment has no layout. */
  width: number;
  /** Shown, enabled and writable, of a type that takes text. */
  usable: boolean;
  /** Inside a `role=search` landmark or a `<search>` element. */
  inSearch: boolean;
  /** For a select, "value text" of each option. */
  options: string[];
  /** The closest form, or else the document or shadow root. */
  form: Node;
  /** The parent and grandparent, to tell what stands beside what. */
  parents: (Element | null)[];
}

const CANDIDATES = 'input,select,[role=combobox],[aria-haspopup]';
/** Elements whose document may be reachable: `contentDocument` is theirs. */
const FRAME_TAGS = /^(iframe|frame|object)$/;
const CANDIDATES_AND_FRAMES = `${CANDIDATES},iframe,frame,object`;
const NO_TEXT = new Set(['SELECT', 'SCRIPT', 'STYLE']);
const TEXT_TYPES = /^(text|tel|number|password)$/;

/** Text of a node without the options of selects and the source of scripts and styles. */
export function textOf(node: Node | null): string {
  if (node?.nodeType === 3) return node.nodeValue!;
  if (!node || NO_TEXT.has(node.nodeName)) return '';

  let text = '';
  for (let child = node.firstChild; child; child = child.nextSibling) text += textOf(child);
  return text;
}

/** The nearest text before `element`, up to three levels up, not crossing another field. */
export function textBefore(element: Element): string {
  let node: Element | null = element;
  for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
    for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) {
      if ((sibling as Element).querySelector?.('input,select')) return '';

      const text = textOf(sibling).trim();
      if (text) return text.slice(-80);
    }
  }

  return '';
}

function labelText(element: HTMLElement): string {
  const parts: string[] = [];
  const labels = (element as HTMLInputElement).labels;
  if (labels)
    for (let index = 0; index < labels.length; index++) parts.push(textOf(labels[index]!));

  const ids = element.getAttribute('aria-labelledby');
  if (ids !== null) {
    const root = element.getRootNode() as Document | ShadowRoot;
    for (const id of ids.split(' ')) parts.push(textOf(root.getElementById(id)));
  }
  return parts.join(' ');
}

function isUsable(element: HTMLElement, type: string, rect: DOMRect | null): boolean {
  const input = element as HTMLInputElement;
  if (input.disabled || input.readOnly || !TEXT_TYPES.test(type)) return false;
  if (element.closest('[hidden],fieldset[disabled]')) return false;

  // Zero size is how honeypots hide from people, where there is a layout to tell.
  const hasSize = !rect || (rect.width > 0 && rect.height > 0);
  return hasSize && (element.checkVisibility?.({ visibilityProperty: true }) ?? true);
}

/** The snapshot of one control; `hasLayout` is false where sizes are all zero (happy-dom). */
export function snapshotField(element: HTMLElement, index: number, hasLayout: boolean) {
  const attr = (name: string) => element.getAttribute(name) ?? '';
  const input = element as HTMLInputElement;
  const tag = element.tagName.toLowerCase();
  const type = tag === 'input' ? input.type : 'text';
  const rect = hasLayout ? element.getBoundingClientRect() : null;
  const parent = element.parentElement;
  const words = [attr('name'), element.id, attr('class'), labelText(element), attr('aria-label')];
  words.push(attr('placeholder'), attr('title'), tag === 'input' ? '' : textOf(element));

  return {
    element,
    index,
    tag,
    type,
    autocomplete: attr('autocomplete').toLowerCase(),
    text: spaceWords(words.join(' ')),
    before: textBefore(element),
    placeholder: attr('placeholder'),
    value: input.value ?? '',
    maxLength: Number(attr('maxlength') || -1),
    size: Number(attr('size')),
    pattern: attr('pattern'),
    inputMode: attr('inputmode'),
    width: rect?.width ?? 0,
    usable: isUsable(element, type, rect),
    inSearch: !!element.closest('[role=search],search'),
    options: [...((element as Partial<HTMLSelectElement>).options ?? [])].map(
      (option) => `${option.value} ${option.text}`,
    ),
    form: element.closest('form') ?? element.getRootNode(),
    parents: [parent, parent?.parentElement ?? null],
  } satisfies FieldSnapshot;
}

/** The open shadow root and same-origin frame document of `element`, searched in its place. */
function collectNested(element: Element, hasLayout: boolean, found: FieldSnapshot[]) {
  if (element.shadowRoot) collectInto(element.shadowRoot, hasLayout, found);

  // A cross-origin frame's document is null here; its own content script looks at it.
  const frame = (element as HTMLIFrameElement).contentDocument;
  if (frame?.documentElement) collectInto(frame, frame.documentElement.clientWidth > 0, found);
}

/** Hosts of open shadow roots in `root`, in document order: one walk that reads nothing else. */
function shadowHosts(root: Document | ShadowRoot): Element[] {
  const hosts: Element[] = [];
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 1);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node as Element).shadowRoot) hosts.push(node as Element);
  }
  return hosts;
}

const precedes = (a: Node, b: Node) =>
  a !== b && (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

/**
 * The candidates of `root` in document order, the content of each shadow root and frame in
 * the place of its host: right after the host's own snapshot and before its children.
 */
function collectInto(root: Document | ShadowRoot, hasLayout: boolean, found: FieldSnapshot[]) {
  const hosts = shadowHosts(root);
  let next = 0;
  for (const element of root.querySelectorAll<HTMLElement>(CANDIDATES_AND_FRAMES)) {
    while (next < hosts.length && precedes(hosts[next]!, element)) {
      collectNested(hosts[next++]!, hasLayout, found);
    }

    const isFrame = FRAME_TAGS.test(element.localName);
    if (!isFrame || element.matches(CANDIDATES)) {
      found.push(snapshotField(element, found.length, hasLayout));
    }
    if (isFrame) collectNested(element, hasLayout, found);
  }
  while (next < hosts.length) collectNested(hosts[next++]!, hasLayout, found);
}

/** Every candidate control of `root`, in document order, shadow roots and frames in place. */
export function collectFields(root: Document): FieldSnapshot[] {
  const found: FieldSnapshot[] = [];
  collectInto(root, root.documentElement.clientWidth > 0, found);
  return found;
}
