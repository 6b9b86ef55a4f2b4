import { Content } from '../content';

export default function Home() {
  return <Content title="Marketing home" items={75} />;
}
