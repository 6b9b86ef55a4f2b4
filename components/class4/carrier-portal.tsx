import type { InterconnectView } from '@/lib/class4/views';
import { DirectionBadge, StatusBadge } from './class4-ui';

/** The carrier portal's read-only list of its own interconnects (a handful: no paging needed beyond the API's first page). */
export function CarrierInterconnectList({ items }: { items: InterconnectView[] }) {
  if (items.length === 0) return <p className="text-sm text-muted-foreground">No interconnects yet: your account manager sets them up with you.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm" data-testid="carrier-interconnects">
        <caption className="sr-only">Your interconnects</caption>
        <thead>
          <tr className="border-b text-left">
            <th scope="col" className="py-2 pr-4">Interconnect</th>
            <th scope="col" className="py-2 pr-4">Direction</th>
            <th scope="col" className="py-2 pr-4">Status</th>
            <th scope="col" className="py-2 pr-4">POP</th>
            <th scope="col" className="py-2 pr-4">Addresses</th>
            <th scope="col" className="py-2 pr-4">Tech prefix</th>
            <th scope="col" className="py-2 pr-4">Codecs</th>
            <th scope="col" className="py-2 pr-4">Capacity</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.id} className="border-b" data-testid="carrier-interconnect-row">
              <td className="py-2 pr-4 font-medium">{i.name}</td>
              <td className="py-2 pr-4">
                <DirectionBadge direction={i.direction} />
              </td>
              <td className="py-2 pr-4">
                <StatusBadge status={i.status} />
              </td>
              <td className="py-2 pr-4">{i.popName ?? '—'}</td>
              <td className="py-2 pr-4">
                <code className="text-xs">{i.addresses.join(', ') || '—'}</code>
              </td>
              <td className="py-2 pr-4">{i.techPrefix || '—'}</td>
              <td className="py-2 pr-4">{i.codecs.map((c) => c.codec).join(', ') || 'Any'}</td>
              <td className="py-2 pr-4">
                {i.maxChannels ?? 'Unlimited'} ch · {i.maxCps ?? '∞'} CPS
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
