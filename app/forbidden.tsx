import { StatusPage } from '@/components/shell/status-page';

export default function Forbidden() {
  return <StatusPage code={403} title="You do not have access to this page">Ask an administrator of your account for the permission you need.</StatusPage>;
}
