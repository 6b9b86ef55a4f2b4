import { StatusPage } from '@/components/shell/status-page';

export default function NotFound() {
  return <StatusPage code={404} title="Page not found">There is nothing at this address.</StatusPage>;
}
