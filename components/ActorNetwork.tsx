// Actors who appear in the same articles, as an SVG graph: lines thicker the more articles two share,
// circles larger the more articles one appears in. Every actor is a focusable button that opens it.
// Props only: no browser.* and no database.
import { useMemo } from 'preact/hooks';
import { layoutNetwork, type Network } from '../lib/ui/network';
import { plural, useI18n } from '../lib/ui/i18n';

export interface ActorNetworkProps {
  network: Network;
  nameOf: (entityId: string) => string;
  onOpen: (entityId: string) => void;
  selected?: string;
  width?: number;
  height?: number;
}

export function ActorNetwork({ network, nameOf, onOpen, selected, width = 720, height = 440 }: ActorNetworkProps) {
  const { t } = useI18n();
  const placed = useMemo(() => layoutNetwork(network, width, height), [network, width, height]);
  const maxShared = Math.max(1, ...network.links.map((l) => l.shared));
  if (network.nodes.length === 0) return <p class="muted">{t('network_empty')}</p>;
  return (
    <svg class="network" viewBox={`0 0 ${width} ${height}`} role="group" aria-label={t('network_label')}>
      <g class="links" aria-hidden="true">
        {placed.links.map((l) => (
          <line
            key={`${l.source}|${l.target}`}
            x1={l.x1}
            y1={l.y1}
            x2={l.x2}
            y2={l.y2}
            stroke-width={1 + 5 * (l.shared / maxShared)}
            class={selected && (l.source === selected || l.target === selected) ? 'link on' : 'link'}
          >
            <title>{`${nameOf(l.source)} – ${nameOf(l.target)}: ${plural(t, 'shared', l.shared)}`}</title>
          </line>
        ))}
      </g>
      <g class="nodes">
        {placed.nodes.map((n) => {
          const name = nameOf(n.id);
          const label = `${name}, ${plural(t, 'articles', n.articles)}`;
          const activate = () => onOpen(n.id);
          return (
            <g
              key={n.id}
              class={`node type-${n.type ?? 'other'}${selected === n.id ? ' selected' : ''}`}
              transform={`translate(${n.x.toFixed(1)} ${n.y.toFixed(1)})`}
              role="button"
              tabIndex={0}
              aria-label={label}
              data-entity={n.id}
              onClick={activate}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault();
                  activate();
                }
              }}
            >
              <circle r={n.r} />
              <text y={n.r + 13} text-anchor="middle">
                {name}
              </text>
            </g>
          );
        })}
      </g>
    </svg>
  );
}
