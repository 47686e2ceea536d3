from tests import factories
from tests.conftest import html


def test_start_page_renders(client, app):
    with app.app_context():
        factories.consultation(code="smoke")
    response = client.get("/s/smoke?band=12-17")
    assert response.status_code == 200, response.get_data(as_text=True)[:3000]
    page = html(response)
    assert page.h1.get_text(strip=True) == "Your voice test"
