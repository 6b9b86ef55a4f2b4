import { StatusPage } from '@/components/shell/status-page';

export default function Unauthorized() {
  return <StatusPage code={401} title="Sign in required">This page is only available to signed-in users.</StatusPage>;
}
