# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Texts of the evaluation pages (written for this set; fictional firms and people)."""

from __future__ import annotations

from typing import Any

P1 = (
    "Theo báo cáo của Sở Công Thương, năm qua toàn tỉnh có thêm 46 doanh nghiệp trở thành nhà cung cấp "
    "cấp 2 cho các tập đoàn điện tử, nâng tổng số doanh nghiệp công nghiệp hỗ trợ lên 214. Doanh thu của "
    "nhóm này đạt khoảng 9.800 tỷ đồng, tăng 14,2% so với năm trước, chủ yếu từ linh kiện nhựa và cơ khí."
)
P2 = (
    "Thực hiện Quyết định số 26/2023/QĐ-UBND ngày 04/8/2023 của UBND tỉnh, các doanh nghiệp được hỗ trợ "
    "tối đa 50% chi phí tư vấn cải tiến sản xuất và thuê chuyên gia. Đến nay đã có 31 đề án được phê duyệt "
    "với tổng kinh phí hỗ trợ hơn 12 tỷ đồng, tập trung vào khuôn mẫu, đúc, dập và xử lý bề mặt."
)
P3 = (
    "Đại diện một doanh nghiệp cơ khí cho biết, sau hai năm cải tiến, tỷ lệ sản phẩm lỗi đã giảm từ 3% "
    "xuống dưới 0,5%, đủ điều kiện tham gia đánh giá nhà cung cấp của đối tác Nhật Bản. Tuy nhiên, chi phí "
    "đầu tư máy gia công CNC còn cao, doanh nghiệp mong muốn được tiếp cận gói vay ưu đãi dài hạn hơn."
)
P4 = (
    "Trong thời gian tới, tỉnh sẽ tiếp tục tổ chức các phiên kết nối cung – cầu, hỗ trợ doanh nghiệp tham "
    "gia hội chợ chuyên ngành trong và ngoài nước, đồng thời xây dựng cơ sở dữ liệu nhà cung cấp để các "
    "doanh nghiệp FDI dễ dàng tra cứu năng lực sản xuất của doanh nghiệp địa phương."
)


def news(
    slug: str,
    shape: str,
    title: str,
    published: str,
    date_line: str,
    lead: str,
    paras: list[str],
    **extra: Any,
) -> dict[str, Any]:
    site = "baotinh.example.vn" if shape == "provincial" else "bonganh.example.gov.vn"
    return {
        "slug": slug,
        "shape": shape,
        "kind": "article",
        "title": title,
        "published": published,
        "date_line": date_line,
        "lead": lead,
        "paras": paras,
        "url": f"https://{site}/kinh-te/{slug}.html",
        "paper": extra.pop("paper", "Tỉnh"),
        "caption": extra.pop("caption", "Dây chuyền lắp ráp linh kiện."),
        "author": extra.pop("author", "Minh Quân"),
        "must_contain": extra.pop("must_contain", [paras[0][:60], paras[-1][-50:]]),
        "updated": extra.pop("updated", None),  # gold Document.updated: only pages with an update marker
        **extra,
    }


NEWS = [
    news(
        "bac-ninh-46-doanh-nghiep-cnht-moi",
        "provincial",
        "Bắc Ninh có thêm 46 doanh nghiệp công nghiệp hỗ trợ tham gia chuỗi cung ứng",
        "2024-03-12T08:30:00+07:00",
        "Thứ Ba, 12/03/2024 08:30",
        "Năm 2023, Bắc Ninh có thêm 46 doanh nghiệp công nghiệp hỗ trợ trở thành nhà cung cấp cho các tập "
        "đoàn đa quốc gia, đưa tổng doanh thu của lĩnh vực này đạt khoảng 9.800 tỷ đồng.",
        [P1, P2, P3, P4],
        paper="Bắc Ninh",
    ),
    news(
        "hai-duong-ho-tro-de-an-cnht",
        "provincial",
        "Hải Dương hỗ trợ 31 đề án phát triển công nghiệp hỗ trợ",
        "2024-05-20T15:45:00+07:00",
        "Cập nhật: 15:45 ngày 20/05/2024",
        "Sau hơn một năm triển khai chính sách hỗ trợ theo quyết định của UBND tỉnh, 31 đề án của doanh "
        "nghiệp công nghiệp hỗ trợ đã được phê duyệt với tổng kinh phí hơn 12 tỷ đồng.",
        [P2, P1, P4],
        updated="2024-05-20T15:45:00+07:00",  # its only date line is an update line
        paper="Hải Dương",
    ),
    news(
        "thai-binh-khoi-cong-nha-may-day-dien",
        "provincial",
        "Thái Bình: khởi công nhà máy dây dẫn điện ô tô 120 triệu USD",
        "2023-11-07T10:05:00+07:00",
        "07/11/2023 | 10:05",
        "Sáng 6/11, Công ty TNHH Dây dẫn Yura Harness Việt Nam khởi công nhà máy sản xuất bộ dây dẫn điện "
        "ô tô tại KCN Liên Hà Thái, với tổng vốn đầu tư 120 triệu USD.",
        [
            "Nhà máy được xây dựng trên diện tích 12 ha, dự kiến đi vào hoạt động từ quý IV/2024 với công suất "
            "1,2 triệu bộ dây dẫn mỗi năm, tạo việc làm cho khoảng 3.000 lao động địa phương. Chủ đầu tư cam "
            "kết ưu tiên mua vật tư, bao bì và dịch vụ bảo trì từ các doanh nghiệp trong tỉnh.",
            "Phát biểu tại lễ khởi công, ông Lại Văn Hoàn, Phó Chủ tịch UBND tỉnh Thái Bình, đề nghị chủ đầu "
            "tư bảo đảm tiến độ, an toàn lao động và bảo vệ môi trường. Tỉnh sẽ tạo mọi điều kiện thuận lợi về "
            "thủ tục, hạ tầng điện, nước và nguồn nhân lực để dự án sớm đi vào hoạt động.",
            P4,
        ],
        paper="Thái Bình",
        date_class="info-line",
    ),
    news(
        "vinh-phuc-ket-noi-doanh-nghiep-nhat",
        "provincial",
        "Vĩnh Phúc kết nối doanh nghiệp công nghiệp hỗ trợ với nhà đầu tư Nhật Bản",
        "2024-09-28T07:06:00+07:00",
        "Thứ bảy, 28/09/2024 - 07:06",
        "Hơn 80 doanh nghiệp công nghiệp hỗ trợ của Vĩnh Phúc đã gặp gỡ, trao đổi trực tiếp với đại diện "
        "các nhà đầu tư Nhật Bản về nhu cầu linh kiện, phụ tùng cho ngành ô tô, xe máy.",
        [
            P3,
            "Tại hội nghị, 12 cặp doanh nghiệp đã ký kết biên bản ghi nhớ hợp tác, trong đó có những đơn "
            "hàng thử nghiệm trị giá hàng chục tỷ đồng. Các doanh nghiệp Nhật Bản đánh giá cao sự cải thiện "
            "về chất lượng sản phẩm và khả năng giao hàng đúng hạn của các nhà cung cấp trong tỉnh.",
            P4,
        ],
        paper="Vĩnh Phúc",
        lead_class=False,
    ),
    news(
        "quang-nam-linh-kien-o-to",
        "provincial",
        "Quảng Nam đẩy mạnh sản xuất linh kiện ô tô tại Khu kinh tế mở Chu Lai",
        "2025-02-14T16:20:00+07:00",
        "Thứ Sáu, 14/02/2025, 16:20 (GMT+7)",
        "Tỷ lệ nội địa hóa một số dòng xe tải, xe buýt sản xuất tại Chu Lai đã đạt 40%, nhờ các doanh "
        "nghiệp linh kiện đầu tư mạnh vào dây chuyền sơn, hàn và đúc nhôm.",
        [
            "Hiện khu kinh tế có 22 nhà máy sản xuất linh kiện, phụ tùng với tổng vốn đầu tư hơn 5.000 tỷ "
            "đồng. Nhiều sản phẩm như ghế ngồi, kính, dây điện, khung gầm đã được xuất khẩu sang Nhật Bản, "
            "Hàn Quốc và các nước ASEAN, mang về kim ngạch khoảng 180 triệu USD mỗi năm.",
            P3,
            P4,
        ],
        paper="Quảng Nam",
        nfd=True,
    ),
    news(
        "dong-nai-ky-ket-cung-ung",
        "provincial",
        "Đồng Nai: 5 doanh nghiệp trong nước ký hợp đồng cung ứng cho doanh nghiệp FDI",
        "2024-12-03T09:00:00+07:00",
        "03/12/2024 09:00",
        "Ngày 2/12, tại KCN Amata, Công ty TNHH Changshin Việt Nam đã ký hợp đồng cung ứng với 5 doanh "
        "nghiệp công nghiệp hỗ trợ trong nước, tổng giá trị khoảng 260 tỷ đồng.",
        [
            "Các hợp đồng tập trung vào đế giày, khuôn ép, bao bì carton và hóa chất xử lý bề mặt. Theo Ban "
            "Quản lý các KCN Đồng Nai, đây là lần đầu tiên một doanh nghiệp FDI ngành da giày ký cùng lúc nhiều "
            "hợp đồng dài hạn với nhà cung cấp địa phương, thời hạn từ ba đến năm năm.",
            P1,
            P4,
        ],
        paper="Đồng Nai",
    ),
    news(
        "bac-giang-thu-hut-fdi",
        "provincial",
        "Bắc Giang thu hút 1,2 tỷ USD vốn FDI trong 6 tháng",
        "2024-07-02T14:10:00+07:00",
        "Thứ Ba, 02/07/2024 - 14:10",
        "Sáu tháng đầu năm, Bắc Giang thu hút 1,2 tỷ USD vốn đầu tư trực tiếp nước ngoài, trong đó gần 60% "
        "vào lĩnh vực sản xuất linh kiện điện tử và công nghiệp hỗ trợ.",
        [
            "Theo Ban Quản lý các KCN tỉnh, có 18 dự án mới được cấp giấy chứng nhận đăng ký đầu tư và 25 dự "
            "án điều chỉnh tăng vốn. Các dự án tập trung tại KCN Quang Châu, Vân Trung và Việt Hàn, phần lớn "
            "của nhà đầu tư Trung Quốc, Hàn Quốc và Đài Loan (Trung Quốc).",
            P2,
            P4,
        ],
        paper="Bắc Giang",
    ),
    news(
        "hcm-chuyen-doi-xanh-cnht",
        "provincial",
        "TP HCM: doanh nghiệp công nghiệp hỗ trợ trước áp lực chuyển đổi xanh",
        "2025-06-18T11:30:00+07:00",
        "18/06/2025 11:30 AM",
        "Các tập đoàn đa quốc gia đang yêu cầu nhà cung cấp công bố phát thải, khiến nhiều doanh nghiệp "
        "công nghiệp hỗ trợ tại TP HCM phải tính lại kế hoạch đầu tư.",
        [
            "Khảo sát của Trung tâm Phát triển công nghiệp hỗ trợ thành phố cho thấy 35,5% doanh nghiệp đã "
            "được đối tác yêu cầu kiểm kê khí nhà kính. Chi phí chuyển đổi sang điện mặt trời mái nhà và thiết "
            "bị tiết kiệm năng lượng ước khoảng 5 – 10 tỷ đồng mỗi doanh nghiệp.",
            P3,
            P4,
        ],
        paper="Thành phố",
    ),
    news(
        "bo-cong-thuong-chuong-trinh-cnht-2025",
        "ministry",
        "Bộ Công Thương phê duyệt Chương trình phát triển công nghiệp hỗ trợ năm 2025",
        "2025-04-21T09:12:00+07:00",
        "21/04/2025 09:12",
        "Bộ Công Thương vừa ban hành Quyết định số 1080/QĐ-BCT phê duyệt danh mục đề án thuộc Chương trình "
        "phát triển công nghiệp hỗ trợ năm 2025 với tổng kinh phí hơn 40 tỷ đồng.",
        [
            "Các đề án tập trung vào tư vấn cải tiến sản xuất, đào tạo nhân lực, xây dựng cơ sở dữ liệu và "
            "kết nối doanh nghiệp trong nước với các tập đoàn đa quốc gia. Cục Công nghiệp được giao chủ trì "
            "theo dõi, kiểm tra việc thực hiện và tổng hợp báo cáo định kỳ hằng quý.",
            "Theo Nghị định 111/2015/NĐ-CP ngày 03/11/2015 của Chính phủ, doanh nghiệp sản xuất sản phẩm công "
            "nghiệp hỗ trợ thuộc danh mục ưu tiên được hưởng ưu đãi thuế, tín dụng và hỗ trợ chi phí chuyển "
            "giao công nghệ. Năm 2024, chương trình đã hỗ trợ hơn 300 doanh nghiệp trên cả nước.",
        ],
        author="Thu Hà",
    ),
    news(
        "hoi-thao-ban-dan-chuoi-cung-ung",
        "ministry",
        "Hội thảo chuỗi cung ứng bán dẫn: cơ hội cho doanh nghiệp Việt",
        "2024-10-15T17:40:00+07:00",
        "15/10/2024 17:40",
        "Ngành bán dẫn toàn cầu dịch chuyển mở ra cơ hội để doanh nghiệp Việt tham gia vào khâu đóng gói, "
        "kiểm thử và cung cấp vật tư, hóa chất cho các nhà máy lớn.",
        [
            "Theo các chuyên gia, doanh thu ngành bán dẫn toàn cầu dự kiến đạt 1.000 tỷ USD vào năm 2030. "
            "Việt Nam hiện có hơn 50 doanh nghiệp thiết kế vi mạch và một số nhà máy đóng gói, kiểm thử của "
            "các tập đoàn Intel, Amkor, Hana Micron tại Bắc Ninh và TP HCM.",
            "Đại diện Cục Công nghiệp cho biết, bộ đang hoàn thiện cơ chế hỗ trợ doanh nghiệp trong nước đầu "
            "tư phòng sạch, thiết bị đo kiểm và đào tạo kỹ sư. Doanh nghiệp cần chủ động tìm hiểu tiêu chuẩn "
            "của ngành, nhất là yêu cầu khắt khe về độ tinh khiết của hóa chất và khí công nghiệp.",
        ],
        author="Hoàng Nam",
        nfd=False,
    ),
    news(
        "xuat-khau-linh-kien-9-thang",
        "ministry",
        "Xuất khẩu linh kiện điện tử 9 tháng đạt 32,5 tỷ USD",
        "2024-10-08T08:00:00+07:00",
        "08/10/2024 08:00",
        "Kim ngạch xuất khẩu máy vi tính, sản phẩm điện tử và linh kiện 9 tháng năm 2024 đạt 32,5 tỷ USD, "
        "tăng 26,3% so với cùng kỳ năm trước.",
        [
            "Các thị trường tiêu thụ chính gồm Mỹ, Trung Quốc, EU và Hàn Quốc. Tuy nhiên, phần lớn kim ngạch "
            "vẫn đến từ khu vực có vốn đầu tư nước ngoài, doanh nghiệp trong nước mới đóng góp khoảng 8%, chủ "
            "yếu ở các khâu gia công, lắp ráp và cung cấp bao bì, vật tư phụ.",
            "Để nâng tỷ lệ giá trị gia tăng, các chuyên gia khuyến nghị tập trung phát triển doanh nghiệp cung "
            "cấp cấp 1, cấp 2 có năng lực thiết kế, đồng thời hoàn thiện chính sách hỗ trợ vốn, mặt bằng và "
            "nhân lực chất lượng cao cho lĩnh vực điện tử.",
        ],
        author="Phương Linh",
    ),
    news(
        "dien-dan-cnht-2024",
        "ministry",
        "Diễn đàn công nghiệp hỗ trợ 2024: thu hẹp khoảng cách với doanh nghiệp FDI",
        "2024-06-27T13:25:00+07:00",
        "27/06/2024 13:25",
        "Diễn đàn quy tụ hơn 300 doanh nghiệp, tổ chức và chuyên gia, thảo luận giải pháp giúp doanh nghiệp "
        "trong nước đáp ứng yêu cầu ngày càng cao của các tập đoàn FDI.",
        [
            P3,
            "Thứ trưởng Bộ Công Thương cho rằng cần phát huy vai trò của các hiệp hội ngành hàng trong việc "
            "kết nối, chia sẻ thông tin thị trường. Bộ sẽ phối hợp với JETRO và KOTRA tổ chức các đoàn doanh "
            "nghiệp sang Nhật Bản, Hàn Quốc để tìm hiểu nhu cầu và tiêu chuẩn của các nhà sản xuất.",
        ],
        author="Đức Anh",
    ),
    news(
        "tang-ty-le-noi-dia-hoa-o-to",
        "ministry",
        "Giải pháp nâng tỷ lệ nội địa hóa ngành ô tô",
        "2023-12-19T20:15:00+07:00",
        "19/12/2023 20:15",
        "Tỷ lệ nội địa hóa ô tô con dưới 9 chỗ mới đạt khoảng 7-10%, thấp hơn nhiều so với mục tiêu đề ra "
        "trong chiến lược phát triển ngành.",
        [
            "Nguyên nhân chính là quy mô thị trường nhỏ, mỗi mẫu xe chỉ bán vài nghìn chiếc mỗi năm nên nhà "
            "sản xuất linh kiện khó đạt quy mô kinh tế. Doanh nghiệp lắp ráp phải nhập khẩu phần lớn linh kiện "
            "quan trọng như động cơ, hộp số và hệ thống điện tử điều khiển.",
            "Các chuyên gia kiến nghị kéo dài chương trình ưu đãi thuế đối với linh kiện sản xuất trong nước, "
            "hỗ trợ lãi suất cho dự án đầu tư dây chuyền dập, hàn, sơn và xây dựng trung tâm thử nghiệm "
            "chung để giảm chi phí kiểm định cho doanh nghiệp nhỏ.",
        ],
        author="Thanh Tùng",
    ),
]


def legal(
    slug: str,
    number: str,
    doc_type: str,
    title: str,
    issuer: str,
    issuer_head: str,
    signer: str,
    issued: str,
    place_date: str,
    cites: list[str],
    paras: list[str],
    cited: list[dict[str, Any]],
    nfd: bool = False,
) -> dict[str, Any]:
    """A legal-portal page; `cited` is the gold list of documents its preamble cites (number or title,
    doc_type, issuer, date), written by hand."""
    d, m, y = issued.split("/")
    iso = f"{y}-{m}-{d}T00:00:00+07:00"
    return {
        "slug": slug,
        "shape": "legal",
        "kind": "decision",
        "number": number,
        "title": title,
        "published": iso,
        "lead": None,
        "issuer_head": issuer_head,
        "place_date": place_date,
        "doc_type_upper": doc_type.upper(),
        "cites": cites,
        "paras": paras,
        "url": f"https://vanban.example.gov.vn/van-ban/{slug}.html",
        "meta": [
            ("Số hiệu", number),
            ("Loại văn bản", doc_type),
            ("Cơ quan ban hành", issuer),
            ("Người ký", signer),
            ("Ngày ban hành", issued),
            ("Ngày hiệu lực", issued),
            ("Tình trạng", "Còn hiệu lực"),
        ],
        "must_contain": [cites[0][:40], paras[-1][:40]],
        "cited": cited,
        "nfd": nfd,
    }


def cite(
    number: str | None, doc_type: str, issuer: str | None, date: str | None, title: str | None = None
) -> dict[str, Any]:
    return {"number": number, "doc_type": doc_type, "issuer": issuer, "date": date, "title": title}


LEGAL = [
    legal(
        "quyet-dinh-1397-qd-ubnd-2024",
        "1397/QĐ-UBND",
        "Quyết định",
        "Về việc phê duyệt danh mục sản phẩm công nghiệp hỗ trợ ưu tiên phát triển tỉnh Hà Nam",
        "UBND tỉnh Hà Nam",
        "ỦY BAN NHÂN DÂN<br>TỈNH HÀ NAM",
        "Trương Quốc Huy",
        "20/05/2024",
        "Hà Nam, ngày 20 tháng 5 năm 2024",
        [
            "Căn cứ Nghị định số 111/2015/NĐ-CP ngày 03/11/2015 của Chính phủ về phát triển công nghiệp hỗ trợ;",
            "Căn cứ Quyết định số 68/QĐ-TTg ngày 18/01/2017 của Thủ tướng Chính phủ;",
        ],
        [
            "Điều 1. Phê duyệt danh mục 42 sản phẩm công nghiệp hỗ trợ ưu tiên phát triển của tỉnh giai đoạn "
            "2024 – 2030, gồm linh kiện điện tử, phụ tùng ô tô, khuôn mẫu, vật liệu dệt may.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Công "
            "Thương và thủ trưởng các đơn vị liên quan chịu trách nhiệm thi hành./.",
        ],
        [
            cite("111/2015/NĐ-CP", "Nghị định", "Chính phủ", "2015-11-03"),
            cite("68/QĐ-TTg", "Quyết định", "Thủ tướng Chính phủ", "2017-01-18"),
        ],
    ),
    legal(
        "nghi-quyet-12-2024-nq-hdnd",
        "12/2024/NQ-HĐND",
        "Nghị quyết",
        "Quy định chính sách hỗ trợ doanh nghiệp nhỏ và vừa tham gia chuỗi cung ứng công nghiệp hỗ trợ",
        "HĐND tỉnh Vĩnh Phúc",
        "HỘI ĐỒNG NHÂN DÂN<br>TỈNH VĨNH PHÚC",
        "Hoàng Thị Thúy Lan",
        "10/07/2024",
        "Vĩnh Phúc, ngày 10 tháng 7 năm 2024",
        [
            "Căn cứ Luật Hỗ trợ doanh nghiệp nhỏ và vừa số 04/2017/QH14 ngày 12 tháng 6 năm 2017;",
            "Căn cứ Nghị định số 80/2021/NĐ-CP ngày 26/8/2021 của Chính phủ;",
        ],
        [
            "Điều 1. Doanh nghiệp nhỏ và vừa tham gia chuỗi cung ứng được hỗ trợ 50% chi phí tư vấn, tối đa "
            "200 triệu đồng mỗi năm.",
            "Điều 2. Nghị quyết này có hiệu lực từ ngày 20 tháng 7 năm 2024 và được thực hiện đến hết năm 2030.",
        ],
        [
            cite("04/2017/QH14", "Luật", "Quốc hội", "2017-06-12"),
            cite("80/2021/NĐ-CP", "Nghị định", "Chính phủ", "2021-08-26"),
        ],
    ),
    legal(
        "ke-hoach-215-kh-ubnd-2025",
        "215/KH-UBND",
        "Kế hoạch",
        "Xúc tiến đầu tư vào lĩnh vực công nghiệp hỗ trợ năm 2025",
        "UBND tỉnh Hưng Yên",
        "ỦY BAN NHÂN DÂN<br>TỈNH HƯNG YÊN",
        "Nguyễn Lê Huy",
        "28/02/2025",
        "Hưng Yên, ngày 28 tháng 02 năm 2025",
        [
            "Căn cứ Nghị quyết số 115/NQ-CP ngày 06/8/2020 của Chính phủ;",
            "Căn cứ Quyết định số 26/2023/QĐ-UBND ngày 04/8/2023 của UBND tỉnh;",
        ],
        [
            "I. MỤC ĐÍCH: thu hút có chọn lọc các dự án sản xuất linh kiện, phụ tùng, vật liệu.",
            "II. KINH PHÍ: tổng kinh phí dự kiến 8,5 tỷ đồng từ ngân sách tỉnh năm 2025.",
        ],
        [
            cite("115/NQ-CP", "Nghị quyết", "Chính phủ", "2020-08-06"),
            cite("26/2023/QĐ-UBND", "Quyết định", "Ủy ban nhân dân", "2023-08-04"),
        ],
    ),
    legal(
        "cong-van-2310-vpcp-v-i",
        "2310/VPCP-V.I",
        "Công văn",
        "Về việc thúc đẩy phát triển công nghiệp hỗ trợ",
        "Văn phòng Chính phủ",
        "VĂN PHÒNG CHÍNH PHỦ",
        "Nguyễn Sỹ Hiệp",
        "05/04/2024",
        "Hà Nội, ngày 05 tháng 4 năm 2024",
        [
            "Xét đề nghị của Bộ Công Thương tại văn bản số 1880/BCT-CN ngày 20/3/2024;",
            "Thực hiện Nghị quyết 73-NQ/TW và Công điện 194/CĐ-TTg;",
        ],
        [
            "Phó Thủ tướng Chính phủ có ý kiến như sau: Bộ Công Thương chủ trì, phối hợp với các bộ, cơ quan "
            "liên quan nghiên cứu, đề xuất cơ chế hỗ trợ doanh nghiệp công nghiệp hỗ trợ.",
            "Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.",
        ],
        [
            cite("1880/BCT-CN", "Công văn", "Bộ Công Thương", "2024-03-20"),
            cite("73-NQ/TW", "Nghị quyết", "Ban Chấp hành Trung ương", None),
            cite("194/CĐ-TTg", "Công điện", "Thủ tướng Chính phủ", None),
        ],
    ),
    legal(
        "quyet-dinh-26-2023-qd-ubnd",
        "26/2023/QĐ-UBND",
        "Quyết định",
        "Ban hành Quy định xây dựng và tổ chức thực hiện Chương trình phát triển công nghiệp hỗ trợ",
        "UBND thành phố Hải Phòng",
        "ỦY BAN NHÂN DÂN<br>THÀNH PHỐ HẢI PHÒNG",
        "Lê Khắc Nam",
        "04/08/2023",
        "Hải Phòng, ngày 04 tháng 8 năm 2023",
        [
            "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13 ngày 22/6/2015;",
            "Căn cứ Thông tư số 55/2015/TT-BCT ngày 30/12/2015 của Bộ trưởng Bộ Công Thương;",
        ],
        [
            "Điều 1. Ban hành kèm theo Quyết định này Quy định xây dựng và tổ chức thực hiện Chương trình.",
            "Điều 2. Quyết định có hiệu lực từ ngày 15 tháng 8 năm 2023./.",
        ],
        [
            cite("80/2015/QH13", "Luật", "Quốc hội", "2015-06-22"),
            cite("55/2015/TT-BCT", "Thông tư", "Bộ Công Thương", "2015-12-30"),
        ],
    ),
    legal(
        "quyet-dinh-812-qd-ubnd-thai-nguyen",
        "812/QĐ-UBND",
        "Quyết định",
        "Phê duyệt Đề án phát triển công nghiệp hỗ trợ tỉnh Thái Nguyên giai đoạn 2024 – 2030",
        "UBND tỉnh Thái Nguyên",
        "ỦY BAN NHÂN DÂN<br>TỈNH THÁI NGUYÊN",
        "Đặng Xuân Trường",
        "10/04/2024",
        "Thái Nguyên, ngày 10 tháng 4 năm 2024",
        [
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số "
            "điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;",
            "Căn cứ Nghị định số 111/2015/NĐ-CP ngày 03 tháng 11 năm 2015 của Chính phủ về phát triển công nghiệp "
            "hỗ trợ và Nghị định số 57/2024/NĐ-CP ngày 20/5/2024 của Chính phủ sửa đổi, bổ sung một số điều của "
            "Nghị định số 111/2015/NĐ-CP;",
            "Căn cứ Thông tư số 55/2015/TT-BCT ngày 30 tháng 12 năm 2015 của Bộ trưởng Bộ Công Thương quy định chi "
            "tiết một số biện pháp phát triển công nghiệp hỗ trợ;",
            "Theo đề nghị của Giám đốc Sở Công Thương tại Tờ trình số 58/TTr-SCT ngày 02 tháng 4 năm 2024.",
        ],
        [
            "QUYẾT ĐỊNH:",
            "Điều 1. Phê duyệt Đề án phát triển công nghiệp hỗ trợ tỉnh Thái Nguyên giai đoạn 2024 – 2030, thực "
            "hiện mục tiêu của Quyết định số 68/QĐ-TTg ngày 18/01/2017 của Thủ tướng Chính phủ.",
            "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.",
        ],
        [
            cite(None, "Luật", "Quốc hội", "2015-06-19", "Luật Tổ chức chính quyền địa phương"),
            cite(
                None,
                "Luật",
                "Quốc hội",
                "2019-11-22",
                "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa "
                "phương",
            ),
            cite("111/2015/NĐ-CP", "Nghị định", "Chính phủ", "2015-11-03"),
            cite("57/2024/NĐ-CP", "Nghị định", "Chính phủ", "2024-05-20"),
            cite("55/2015/TT-BCT", "Thông tư", "Bộ Công Thương", "2015-12-30"),
            cite("58/TTr-SCT", "Tờ trình", "Sở Công Thương", "2024-04-02"),
        ],
    ),
    legal(
        "nghi-quyet-45-2025-nq-hdnd-phu-tho",
        "45/2025/NQ-HĐND",
        "Nghị quyết",
        "Quy định chính sách hỗ trợ phát triển công nghiệp hỗ trợ trên địa bàn tỉnh Phú Thọ",
        "HĐND tỉnh Phú Thọ",
        "HỘI ĐỒNG NHÂN DÂN<br>TỈNH PHÚ THỌ",
        "Bùi Minh Châu",
        "09/12/2025",
        "Phú Thọ, ngày 09 tháng 12 năm 2025",
        [
            "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;",
            "Căn cứ Nghị quyết số 202/2025/QH15 ngày 12 tháng 6 năm 2025 của Quốc hội về việc sắp xếp đơn vị "
            "hành chính cấp tỉnh;",
            "Căn cứ Luật Ngân sách nhà nước;",
            "Xét Tờ trình số 1520/TTr-UBND ngày 25 tháng 11 năm 2025 của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra "
            "của Ban Kinh tế - Ngân sách; ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp.",
        ],
        [
            "QUYẾT NGHỊ:",
            "Điều 1. Hỗ trợ 50% chi phí thuê nhà xưởng trong 3 năm đầu cho dự án sản xuất sản phẩm công nghiệp "
            "hỗ trợ, tối đa 1 tỷ đồng mỗi dự án, theo Nghị định số 111/2015/NĐ-CP.",
            "Điều 2. Nghị quyết này có hiệu lực từ ngày 01 tháng 01 năm 2026./.",
        ],
        [
            cite("72/2025/QH15", "Luật", "Quốc hội", None),
            cite("202/2025/QH15", "Nghị quyết", "Quốc hội", "2025-06-12"),
            cite(None, "Luật", "Quốc hội", None, "Luật Ngân sách nhà nước"),
            cite("1520/TTr-UBND", "Tờ trình", "Ủy ban nhân dân", "2025-11-25"),
        ],
        nfd=True,
    ),
    legal(
        "cong-van-1025-sct-qlcn-bac-giang",
        "1025/SCT-QLCN",
        "Công văn",
        "Về việc triển khai kết nối doanh nghiệp công nghiệp hỗ trợ năm 2024",
        "Sở Công Thương tỉnh Bắc Giang",
        "UBND TỈNH BẮC GIANG<br>SỞ CÔNG THƯƠNG",
        "Trần Quang Tấn",
        "12/04/2024",
        "Bắc Giang, ngày 12 tháng 4 năm 2024",
        [
            "Thực hiện Chỉ thị số 07/CT-TTg ngày 14/3/2024 của Thủ tướng Chính phủ và Kết luận số 81-KL/TW của "
            "Bộ Chính trị;",
            "Thực hiện ý kiến chỉ đạo của Chủ tịch UBND tỉnh tại Thông báo số 95/TB-UBND ngày 05/4/2024,",
        ],
        [
            "Sở Công Thương đề nghị các doanh nghiệp đăng ký tham gia hội nghị kết nối cung ứng với Công ty TNHH "
            "Luxshare-ICT Việt Nam trước ngày 25/4/2024.",
            "Sở Công Thương thông báo để các doanh nghiệp biết, thực hiện./.",
        ],
        [
            cite("07/CT-TTg", "Chỉ thị", "Thủ tướng Chính phủ", "2024-03-14"),
            cite("81-KL/TW", "Kết luận", "Ban Chấp hành Trung ương", None),
            cite("95/TB-UBND", "Thông báo", "Ủy ban nhân dân", "2024-04-05"),
        ],
    ),
]


def _items(n: int, long: bool = False) -> list[tuple[str, str, str, str]]:
    titles = [
        "Khởi công nhà máy linh kiện tại KCN phía Nam",
        "Hội nghị kết nối cung cầu quý III",
        "Doanh nghiệp cơ khí tìm đơn hàng mới",
        "Tỷ lệ nội địa hóa tăng chậm",
        "Hỗ trợ doanh nghiệp vay vốn",
        "Xuất khẩu điện tử tăng trưởng",
        "Đào tạo kỹ sư khuôn mẫu",
        "Triển lãm công nghiệp hỗ trợ 2024",
        "Nhà đầu tư Hàn Quốc khảo sát địa phương",
        "Chuyển đổi số trong nhà máy nhỏ",
    ]
    teaser = "Nhiều doanh nghiệp trong tỉnh đã tham gia chương trình và ký kết hợp đồng với đối tác."
    if long:
        teaser = (
            teaser + " Theo Sở Công Thương, chương trình năm nay mở rộng sang các lĩnh vực cơ khí chế "
            "tạo, nhựa kỹ thuật, điện tử và bao bì, với sự tham gia của hàng trăm doanh nghiệp FDI có nhu "
            "cầu tìm kiếm nhà cung cấp trong nước ổn định, lâu dài và đạt chuẩn quốc tế."
        )
    return [
        (titles[i % len(titles)], f"/kinh-te/bai-{i}.html", f"1{i % 9}/05/2024", teaser) for i in range(n)
    ]


def listing(slug: str, title: str, items: list, shape: str = "listing") -> dict[str, Any]:
    return {
        "slug": slug,
        "shape": shape,
        "kind": "listing",
        "title": title,
        "items": items,
        "url": f"https://baotinh.example.vn/{slug}/",
    }


LISTINGS = [
    listing("kinh-te", "Kinh tế", _items(10)),
    listing("cong-nghiep-ho-tro-trang-2", "Công nghiệp hỗ trợ - Trang 2", _items(8)),
    listing("tin-dai-chuyen-muc", "Doanh nghiệp", _items(6, long=True)),
    listing(
        "van-ban-moi",
        "Văn bản mới ban hành",
        [
            ("1397/QĐ-UBND", "Phê duyệt danh mục sản phẩm công nghiệp hỗ trợ", "20/05/2024"),
            ("12/2024/NQ-HĐND", "Chính sách hỗ trợ doanh nghiệp nhỏ và vừa", "10/07/2024"),
            ("215/KH-UBND", "Xúc tiến đầu tư năm 2025", "28/02/2025"),
            ("26/2023/QĐ-UBND", "Chương trình phát triển công nghiệp hỗ trợ", "04/08/2023"),
            ("1080/QĐ-BCT", "Chương trình phát triển CNHT năm 2025", "18/04/2025"),
        ],
        shape="register",
    ),
]
