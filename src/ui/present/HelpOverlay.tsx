import { useEffect, useRef } from 'react';
import { useAppState } from '../../state/store-context.tsx';
import { useT } from '../i18n.ts';

/** Key caps as printed on a keyboard; the space bar has no printed name, so it is named in the language (`help.keys.space`). */
const ROWS: [string, string][] = [
  ['P', 'help.p'], ['→ PageDown help.keys.space', 'help.next'], ['← PageUp', 'help.prev'], ['Home End', 'help.homeEnd'], ['B', 'help.b'],
  ['Esc', 'help.esc'], ['S', 'help.s'], ['Enter', 'help.enter'], ['Ctrl+Z', 'help.undo'], ['?', 'help.help'], ['Tab', 'help.tab'],
];

/** The shortcut list (`?`): a modal dialog that takes focus and gives it back when closed. */
export function HelpOverlay() {
  const t = useT();
  const close = useAppState((s) => s.setHelpOpen);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    button.current?.focus();
    return () => before?.focus?.();
  }, []);
  return (
    <div className="help-backdrop" onClick={() => close(false)}>
      <div className="help-dialog" role="dialog" aria-modal="true" aria-labelledby="help-title" data-testid="help" onClick={(e) => e.stopPropagation()}>
        <h2 id="help-title">{t('help.title')}</h2>
        <table className="help-table">
          <tbody>
            {ROWS.map(([keys, label]) => (
              <tr key={label}>
                <th scope="row">{keys.split(' ').map((k) => <kbd key={k}>{k.startsWith('help.') ? t(k) : k}</kbd>)}</th>
                <td>{t(label)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button ref={button} type="button" onClick={() => close(false)} data-testid="help-close"
          onKeyDown={(e) => { if (e.key === 'Tab') e.preventDefault(); }}>{t('help.close')}</button>
      </div>
    </div>
  );
}
