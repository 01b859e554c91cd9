import { useContext, useSyncExternalStore } from 'react';
import { StoreContext } from '../../state/store-context.tsx';
import { damagedImports, deleteDamagedImport, subscribeDamagedImports } from '../../state/io/damaged-imports.ts';
import { useT } from '../i18n.ts';
import { formatMessage } from '../messages.ts';

/**
 * The saved imports this browser could not open, each with why and a Delete button: the "saved imports"
 * banner counts them, this is where they can be removed. Nothing is shown when there are none.
 */
export function DamagedImports({ onDeleted }: { onDeleted: (key: string) => void }) {
  const t = useT();
  const store = useContext(StoreContext);
  if (!store) throw new Error('DamagedImports outside <StoreContext.Provider>');
  const list = useSyncExternalStore((fn) => subscribeDamagedImports(store, fn), () => damagedImports(store));
  if (!list.length) return null;
  const remove = async (key: string) => { if (await deleteDamagedImport(store, key)) onDeleted(key); };
  return (
    <section className="io-damaged" data-testid="damaged-imports" aria-label={t('io.damagedTitle')}>
      <p className="io-warn">{t('io.damagedTitle')}</p>
      <ul>
        {list.map((d) => (
          <li key={d.key} data-testid="damaged-import" data-key={d.key}>
            <span className="io-damaged-why">{formatMessage(t, d.problem)}</span>
            <button type="button" onClick={() => void remove(d.key)} data-testid="damaged-delete">{t('io.damagedDelete')}</button>
          </li>
        ))}
      </ul>
    </section>
  );
}
