import { Content } from '../../content';

export function generateStaticParams() {
  return [{ slug: 'rating' }];
}

export default async function Doc({ params }: { params: Promise<{ slug: string }> }) {
  return <Content title={`Doc ${(await params).slug}`} items={20} />;
}
