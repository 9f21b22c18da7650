// What a view says when it has nothing yet, is loading, or failed: always in words, always a next step.
// Props only: no browser.* and no database.
import type { ComponentChildren } from 'preact';
import { useI18n } from '../lib/ui/i18n';

export function EmptyState({ title, children }: { title: string; children?: ComponentChildren }) {
  return (
    <div class="empty" data-testid="empty">
      <p class="empty-title">{title}</p>
      {children ? <p class="empty-body">{children}</p> : null}
    </div>
  );
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p class="loading" role="status" aria-live="polite">
      {t('loading')}
    </p>
  );
}

export function ErrorMessage({ message }: { message: string }) {
  const { t } = useI18n();
  return (
    <p class="error" role="alert">
      {t('error', message)}
    </p>
  );
}

/** A loadable value: "loading", an error in words, or its view. */
export function Loaded<T>({ live, children }: { live: { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; value: T }; children: (value: T) => ComponentChildren }) {
  if (live.state === 'loading') return <Loading />;
  if (live.state === 'error') return <ErrorMessage message={live.message} />;
  return <>{children(live.value)}</>;
}
