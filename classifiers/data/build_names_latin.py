"""Builder of classifiers/data/names_latin.txt (dev only; Faker's name lists plus hand-written lists, no network).

Run: .venv/bin/python classifiers/data/build_names_latin.py (rewrites names_latin.txt next to it; check the diff).
"""
from faker.providers.person.en_US import Provider as US
from faker.providers.person.en_GB import Provider as GB

def top(d, n):
    return [k for k, _ in sorted(d.items(), key=lambda x: -x[1])[:n]]

given_en = top(US.first_names_female, 250) + top(US.first_names_male, 250)
given_en += list(GB.first_names_female)[:120] + list(GB.first_names_male)[:120]
given_en += """Oliver Harry George Noah Jack Leo Arthur Oscar Charlie Freddie Alfie Archie Henry Theo Thomas Finley Isaac
Edward Joshua Alexander Sebastian Max Lucas Elliot Hugo Toby Rory Callum Jamie Liam Mason Elijah Aiden Owen Ethan Logan Carter
Jayden Grayson Levi Wyatt Hudson Luca Ezra Nolan Miles Asher Silas Harrison Felix Jasper Rupert Nigel Graham Clive Trevor Ian
Olivia Amelia Isla Ava Mia Ivy Lily Isabella Rosie Sophia Grace Freya Evie Emily Poppy Ella Charlotte Sienna Willow Chloe Phoebe
Harper Evelyn Abigail Emily Ella Scarlett Aria Luna Zoe Nora Hazel Aurora Penelope Layla Riley Chloe Stella Violet Claire Eleanor
Hannah Lucy Sophie Imogen Matilda Harriet Beatrice Florence Esme Eloise Lydia Fiona Siobhan Niamh Aoife Ciara Saoirse Sinead
Eilidh Kirsty Morag Alistair Angus Hamish Fergus Duncan Calum Declan Ciaran Conor Cormac Seamus Padraig Oisin Eoin Niall
Bridget Gemma Kerry Joanne Nicola Claire Hayley Leanne Stacey Lorraine Gillian Wendy Janet Maureen Doreen Hilda Edith Mabel
Chris Ben Dan Dave Jim Jon Josh Matt Nick Pete Rob Sam Steve Tom Tony Will Andy Alex Jen Kate Kathy Liz Meg Sue Beth Jess
Ken Kenny Rick Ricky Ron Ronnie Tim Ted Teddy Ed Eddie Fred Greg Jeff Joe Larry Mike Pat Phil Ray Bob Bobby Bill Billy
""".split()
given_other = """
Deepa Irfan Meenakshi Lavanya Suresh Seun Chinedu Venky Matheus Mateus Dohyun Soyeon Xiaofeng Jiahui Siobhan Niamh
Priya Ravi Raj Rahul Amit Anil Sunil Vijay Sanjay Ajay Arjun Aditya Rohan Vikram Arun Deepak Rajesh Suresh Ramesh Mahesh Ganesh
Prakash Anand Ashok Kiran Neha Pooja Anjali Divya Kavya Ananya Aishwarya Lakshmi Meera Sneha Shreya Asha Sunita Anita Kavita
Rekha Nisha Ritu Swati Aarav Vivaan Ishaan Arnav Siddharth Karthik Nikhil Varun Harish Manoj Naveen Pradeep Sandeep Srinivas
Venkat Gaurav Abhishek Akash Ankit Manish Nitin Pankaj Rakesh Sachin Vinod Yash Priyanka Sakshi Tanvi Aditi Radha Sita Gita
Indira Usha Uma Padma Shanti Jaya Rajiv Sameer Sanjeev Sumit Tarun Vishal Vivek Ashwin Hari Krishna Gopal Mohan Raghav Rohit
Kunal Alok Dinesh Girish Jagdish Naresh Paresh Rajendra Mukesh Hemant Vineet Deepika Madhuri Shilpa Shweta Preeti Pallavi
Nandini Revathi Lavanya Bhavana Archana Geeta Harini Ishita Jyoti Kamala Malini Nalini Rani Savitri Shobha Suman Vandana
Mohammed Muhammad Mohammad Ahmed Ahmad Ali Hassan Hussein Ibrahim Khalid Omar Yusuf Youssef Abdullah Tariq Imran Farhan
Bilal Hamza Karim Rashid Samir Nabil Faisal Fatima Aisha Ayesha Mariam Maryam Layla Zainab Nour Noor Rania Yasmin Leila Hana
Amina Salma Huda Samira Zahra
Wei Jie Min Hui Ying Yan Jing Na Fang Ming Hong Jun Ping Qiang Tao Xin Yong Bo Chao Gang Hao Hua Jian Kai Lei Peng Qing Rui
Tian Wen Xiao Yi Yun Zhen Zhi Hai Bin Bing Dan Feng Guang Heng Jia Juan Kang Lan Lian Liang Ling Mei Nan Ning Qian Rong Shan
Shu Ting Xia Xiang Xue Ya Yue Zhong Xiaoming Jianhua Zihan Yuxuan Haoran Zixuan Yichen Xinyi Yutong Jiahao Zhiwei Weiwei Lili
Tingting Xiaoling Jianguo Guoqiang Xiaohong Xiaoyan Jianjun Haiyan Yanping Yuqing Yiming Zhihao Junjie Xiaowei Wenjie Meiling
Shufen Chiahao Chihming Yuting Yating Peiyu Hsinyi
Minjun Seoyeon Jihoon Jiwoo Haeun Doyun Seojun Jiho Subin Yejin Hyunwoo Jaewon Sungmin Youngho Jinwoo Eunji Hyejin Minji Jisoo
Sooyoung Jiyeon Yuna Dongwook Sanghoon Junho Taeyang Seungmin Hyunjin Minho Jaehyun Soojin Jungwoo Kyungsoo Younghee Miyoung
Anh Binh Cuong Dung Duc Dat Giang Hanh Hieu Hoa Hung Huong Huy Khanh Khoa Linh Loan Minh Nga Ngoc Nhung Oanh Phong Phuc Phuong
Quan Quang Quynh Thang Thanh Thao Thu Thuy Tien Trang Trung Tuan Tung Uyen Viet Vinh Vy Xuan Yen Bao Khang Nhi Hau Hien Kien
Loc Luan Nhat Phat Thinh Toan Truc Duy Hoai Lien Thuong Diep Tam Huyen
Maria Jose Juan Carlos Luis Miguel Antonio Francisco Javier Pedro Pablo Diego Alejandro Fernando Ricardo Sergio Andres Rafael
Manuel Jorge Alberto Roberto Eduardo Gabriel Mateo Santiago Joao Paulo Tiago Thiago Rodrigo Felipe Gustavo Bruno Leonardo
Marcelo Ana Carmen Lucia Sofia Isabel Elena Laura Marta Paula Camila Valentina Gabriela Daniela Fernanda Beatriz Mariana Juliana
Carolina Adriana Patricia Teresa Pilar Dolores Alejandra Andrea Natalia Luciana Larissa Leticia Ximena Guadalupe Rocio Inés
Ines Joaquin Ignacio Gonzalo Alvaro Emilio Enrique Hector Raul Ramon Rogelio Arturo Cesar Hugo Ivan Julio Mauricio Octavio
Rosario Consuelo Esperanza Marisol Paola Renata Silvia Susana Veronica Yolanda Graciela Lorena Marisa Nuria Montserrat
Joaquim Goncalo Rui Nuno Vasco Duarte Afonso Joana Ines Rita Catarina Mafalda Leonor Raquel
Rodel Arnel Rommel Jerome Jun Marites Jocelyn Rowena Rhea Maricel Jomar Jericho Mylene Rizalyn Lovely Analyn Marivic Erlinda
Jean Pierre Michel Philippe Alain Nicolas Julien Antoine Camille Manon Celine Nathalie Isabelle Emilie Mathieu Guillaume
Thibault Louis Francois Jacques Bernard Olivier Sebastien Vincent Yves Sylvie Veronique Brigitte Helene Aurelie Margaux Lea
Hans Klaus Jurgen Wolfgang Stefan Andreas Markus Sebastian Tobias Lukas Jonas Felix Maximilian Katharina Julia Lena Sabine
Ursula Petra Monika Birgit Claudia Heike Anke Dieter Uwe Horst Gunter Helmut Matthias Florian Jan Jens Kai Niklas Moritz
Marco Giuseppe Giovanni Francesco Alessandro Matteo Luca Lorenzo Davide Simone Federico Riccardo Giulia Francesca Chiara Martina
Alessia Elisa Silvia Paolo Stefano Roberta Valeria Gianluca Massimo Fabio Enrico Giorgio Antonella
Lars Anders Erik Johan Magnus Henrik Nils Per Sven Bjorn Mikael Karl Gustav Oskar Ingrid Astrid Sigrid Freya Maja Elin Karin
Linnea Kristina Birgitta Ebba Saga Elsa Alva Agneta Ulrika Mette Sanna Maarit Aino Mikko Juha Jukka Timo Kari Sami Ole
Pieter Willem Johannes Daan Sem Thijs Bram Sanne Lotte Femke Anouk Eva Fleur Joost Maarten Sjoerd
Ivan Dmitri Dmitry Sergei Sergey Alexei Alexey Andrei Vladimir Nikolai Mikhail Olga Natalia Tatiana Svetlana Irina Anastasia
Ekaterina Yulia Piotr Krzysztof Tomasz Pawel Marcin Katarzyna Agnieszka Magdalena Tomas Jakub Petr Lukas Zuzana Milan
Somchai Somsak Sompong Anong Malee Niran Pornchai Kittisak Suda Siriporn Wichai Nattapong Thanakorn Chaiyaporn Supaporn
Budi Agus Dewi Siti Sri Putri Rizky Adi Eko Hendra Wahyu Bambang Joko Nur Ayu Indah Fitri Rina Yuni Dian Ratna Wulan Bayu
Mehmet Mustafa Emre Burak Elif Zeynep Ayse Fatma Murat Ahmet Can Cem Deniz
Chidi Emeka Ngozi Chioma Oluwaseun Tunde Ade Kwame Kofi Ama Abena Yaw Thabo Sipho Zanele
""".split()
# the foreign workers, trainees and residents of Japanese records (技能実習生, 特定技能, crew lists): Indonesian,
# Nepali, Myanmar, Cambodian and Mongolian given names (Myanmar names have no family name: each word is a name word)
given_other += """
Andi Dedi Rizal Fajar Wayan Nyoman Ketut Kadek Komang Putu Gede Agung Iqbal Dimas Rudi Rahmat Arif Heru Teguh
Slamet Wawan Yudi Ilham Fauzi Fauzan Hafiz Reza Riko Dani Deni Doni Dodi Edi Feri Fikri Galih Gilang Hadi Hendri Imam
Indra Irwan Jaka Joni Lukman Luthfi Mulyadi Nanda Novita Oki Panji Rangga Ridwan Rifki Rini Riyan Sandi Satria Sigit
Taufik Udin Wahyudi Yanto Yogi Yuda Zaki Akbar Aldi Alif Anton Ari Arief Aris Asep Cahyo Dwi Eka Endang Erwin Fadli
Fahmi Ferdi Firman Heri Ikhsan Ilyas Iwan Jefri Kurnia Maman Mamat Nurul Rahmad Rudy Sapto Sugeng Suparman Sutrisno
Tugiman Wahid Sutinah Wahyuni Aini Rahmawati Yanti Yuli Nurhayati Fitriani Ika Intan Kartika Nia Nisa Rika Santi
Sinta Suci Tika Tuti Umi Wina Yeni Yunita Desi Eni Erna Evi Fani Hesti Kiki Lilis Nining Puspita Rahayu Ratih Reni
Riska Rosita Suryani Titin Wulandari Yoga Rizky Bagus Prasetyo
Bikash Bishnu Suman Dipak Sagar Santosh Bibek Bijay Binod Kiran Nabin Niraj Prabin Pradip Rabin Rajan Roshan Sabin
Sandip Sujan Sushil Umesh Yubaraj Kamala Sarita Laxmi Puja Sabina Srijana Manisha Asmita Binita Kabita Nirmala
Parbati Radhika Rojina Samjhana Sangita Sushma Bimala Dil Hom Khem Lok Mohan Purna Tek Tilak
Aung Kyaw Htet Naing Zaw Thant Myint Tun Soe Hlaing Thein Nyein Phyo Maung Thida Khin Mya Hnin Nilar Moe Cho Thuzar
Htun Zin Myo Thet Paing Hein Sithu Yadanar Phyu Sandar Khaing Hsu Pyae Shwe Lwin Nwe Htay Thiha Wint
Sokha Vanna Sophea Sopheap Chanthou Kimsan Pisey Rathana Sreymom Bopha Chenda Chantha Vuthy Visal Piseth Sovann
Ganbaatar Batbayar Enkhbayar Munkh Tsetseg Oyun Saraa Narantsetseg Altangerel Dorj Bayar Erdene Enkhjargal
""".split()
family_en = top(US.last_names, 700) + list(GB.last_names)[:300]
family_en += """Brennan Whitfield Holloway Walsh Byrne Ryan Obrien Doyle Mccarthy Burke Lynch Fitzgerald Kavanagh Gallagher Donnelly
Donovan Sheridan Moriarty Mcmahon Mcnamara Hennessy Keane Flanagan Fleming Cullen Dunne Farrell Maguire Mulligan Nolan Regan
Whelan Connolly Dwyer Carroll Kennedy Duffy Boyle Mccann Hughes Thornton Ashworth Pemberton Fairclough Whitaker Cartwright
Wainwright Holt Hargreaves Pickering Atherton Fenwick Worthington Sutcliffe Ainsworth Ramsden Blackburn Hollis Thompson Grant
Sinclair Macleod Mackenzie Mackay Macdonald Maclean Campbell Stewart Robertson Fraser Ferguson Mcintyre Mcgregor Drummond
"""
family_en = family_en.split() if isinstance(family_en, str) else family_en
family_other = """
Deshpande Ramaswamy Subramaniam Patil Sinha Gowda Swamy Raghunathan Venkatesan Sundaram Adebayo Olawale Asante
Schwarz Krueger Koehler Mcallister Conway
Sharma Patel Singh Kumar Gupta Shah Mehta Iyer Reddy Rao Nair Menon Pillai Das Bose Banerjee Chatterjee Mukherjee Ghosh Sen
Joshi Desai Kulkarni Jain Agarwal Agrawal Verma Mishra Pandey Tiwari Chopra Kapoor Malhotra Khanna Bhat Natarajan Krishnan
Subramanian Raman Srinivasan Venkatesh Chaudhary Chaudhry Yadav Thakur Saxena Srivastava Kaur Gill Sandhu Dutta Naidu Shetty Hegde
Kamath Mohan Ahmed Khan Ali Hussain Siddiqui Qureshi Sheikh Ansari Rahman Malik Iqbal Aziz Hamid Karim Nasser Saleh Haddad Mansour
Khalil Ibrahim Hassan Mahmoud Abdullah Chandra Bhatt Trivedi Pathak Dubey Chauhan Rathore Bhatia Sethi Arora Bajaj Goel Mittal
Ramachandran Raghavan Balasubramanian Narayanan Ganesan Murthy Prasad Swaminathan Venkataraman Parikh Modi Gandhi Kohli Dhillon
Wang Zhang Liu Chen Yang Huang Zhao Zhou Xu Zhu Guo Gao Luo Zheng Liang Xie Tang Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan
Cai Jiang Du Cheng Wei Su Ding Ren Yao Shen Zhong Cui Tan Liao Jin Jia Xia Fu Fang Zou Xiong Bai Meng Qin Qiu Hou Yin Xue Yan
Duan Lei Shao Wan Qian Tao Lai Gong Kong Mao Hao Chang Chow Chan Wong Cheung Lau Leung Ng Tsang Lam Yip Kwok Tse Fung Choi Mak
Hui Chung Kwan Siu Poon Tam Lim Teo Goh Ong Koh Chua Ang Yeo Toh Chin Foo Khoo Tay Quek Seah Liew Hsu Hsieh Tsai Chiang Chou
Kuo Li Wu Lu Ma Hu Yu Lin Tsui Yuen Lo Ho Chu Chiu Yeung Law Kwong Lai Tong Chiu Au Cheng Lui Pang Wan Woo
Kim Lee Park Choi Jung Jeong Kang Cho Jo Yoon Yun Jang Lim Im Han Oh Seo Shin Kwon Hwang Ahn Song Ryu Yoo Hong Jeon Moon Son
Bae Baek Heo Huh Nam Noh Roh Kwak Sung Seong Cha Joo Min Ku Koo Jin Eom Chae Won Chun Bang Hyun Ham Byun Yeom Seok Seol Gil
Yeon Pyo Myung Ki Ban Geum Maeng Tak
Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ngo Duong Ly Dinh Truong Mai Trinh Luong Lam Quach Doan Chau Kieu Thai
Cao Ha Tong Vuong Diep La Ta Trieu Lu
Garcia Rodriguez Martinez Hernandez Lopez Gonzalez Perez Sanchez Ramirez Torres Flores Rivera Gomez Diaz Morales Ortiz Gutierrez
Ruiz Alvarez Castillo Jimenez Moreno Romero Herrera Medina Aguilar Vargas Castro Guzman Fernandez Silva Santos Oliveira Souza
Sousa Pereira Costa Carvalho Almeida Ferreira Rodrigues Gomes Martins Araujo Ribeiro Lima Barbosa Rocha Dias Nascimento Cardoso
Teixeira Correia Pinto Moreira Mendes Nunes Vieira Monteiro Cavalcanti Bautista Ocampo Mendoza Villanueva Ramos Aquino Navarro
Salazar Mercado Gonzales Pascual Dizon Manalo Soriano Valdez Santiago Domingo Marquez Rosales Reyes Cruz Delacruz Tolentino
Macapagal Magsaysay Agustin Santiago Espiritu Dimaculangan Panganiban Sison Lacson Velasco Herrero Nieto Serrano Molina Delgado
Ortega Rubio Marin Sanz Iglesias Garrido Cortes Castro Lozano Prieto Cano Cabrera Vidal Calvo Gallego Vicente Pascual Fuentes
Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre Michel Fournier Girard Bonnet Dupont
Lambert Fontaine Rousseau Vincent Muller Mueller Lefevre Faure Andre Mercier Blanc Guerin Boyer Garnier Chevalier Francois
Legrand Gauthier Perrin Morel Roussel Clement Mathieu Marchand Dumont Lemaire Gerard Renaud Picard Brunet
Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter Klein Wolf Schroder Neumann Braun Zimmermann
Kruger Hartmann Lange Werner Krause Lehmann Schmitt Schulze Maier Kohler Herrmann Walter Konig Mayer Huber Kaiser Fuchs Peters
Lang Scholz Moller Weiss Jung Hahn Vogel Friedrich Keller Gunther Frank Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht
Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti Deluca Mancini Costa Giordano Rizzo
Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara Galli Martini Leone Longo Gentile Martinelli Vitale
Johansson Andersson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Lindqvist Lindberg Lindstrom Lindgren
Berg Bergstrom Lundberg Lundgren Sandberg Holm Nystrom Hansen Jensen Nielsen Pedersen Andersen Christensen Larsen Sorensen
Rasmussen Johansen Olsen Haugen Virtanen Korhonen Nieminen Makinen Hamalainen Laine Heikkinen Lindholm Strand Dahl Lund
Ivanov Smirnov Kuznetsov Popov Petrov Volkov Sokolov Ivanova Petrova Smirnova Kowalski Nowak Wisniewski Lewandowski Novak Horvat
Dejong Devries Jansen Bakker Visser Smit Meijer Deboer Mulder Bos Vos Hendriks Dekker Janssen Vandenberg Vandijk Vanderberg
Yilmaz Kaya Demir Sahin Celik Yildiz Ozturk Aydin Arslan Dogan
Wijaya Santoso Susanto Halim Gunawan Setiawan Kusuma Hidayat Saputra Pratama Nugroho Sutanto
Okonkwo Adeyemi Okafor Mensah Owusu Boateng Nkosi Dlamini Ndlovu Mokoena
Srisuk Wongsawat Chaiyaporn Suwannarat Rattanakorn
""".split()
weak = """Win Touch Bold Pen Nepal Mega Sim Bat Rai Lama Rana Made Nay Yee Oo Su Ei Thu Ko Lin Swe Sari Tri Dara Surya Sok Rith Heng Kong
Hall Kong Lovely Lawson Tiffany Celine Hudson Travis Levi Chanel Coach Hermes Bulgari Fendi Valentino Versace Rolex Omega Citizen Goldman Sachs
Deloitte Ernst Hilfiger Kors Spade Burberry April May June August Amber Crystal Dawn Holly Heather Robin Jasmine Autumn
Joy Grace Hope Faith Destiny Angel Summer Misty Brandy Candy Ginger Penny Ruby Pearl Ivy Lily Rose Daisy
Iris Jade Sky Sunny Star Storm River Ocean Paris London Chelsea Sydney Madison Jordan Austin Dakota Savannah Sierra
Phoenix Virginia Georgia Carolina Florence Victoria Lincoln Houston Dallas Denver Aurora Asia India China Mercedes Royal Prince King
Major Duke Earl Baron Rich Chance Cash Pat Sandy Carol Trinity Harmony Melody Liberty Justice Patience Page Paige
Price Sue Don Nick Max Ford Dell Ferrari Porsche Hilton Marriott Hyatt Boeing Day Hill Stone Wood Woods
West East North South Cross Love Case Bush Fields Banks Lane Little Church Park Short Small Strong Best
Sharp Wise Summers Winter Snow Rivers Waters Marsh Ball Power Powers Bond Buck Moss Glass Lamb Fox Wolf
Bird Swan Wall Bass Flowers Horn Houston Lincoln Madison Cleveland Phoenix Orlando Austin Lancaster York English French German
Irish Welsh Golden Sweet Rich Noble Bridges Hope Faith Page Temple Castle Tower Towers Free Gay Boss Money
Cash Rock Rocks Lake Forest Field Ridge Valley Bay Sol Mar Angel Rocio Dolores Pilar Jesus Lucia Sofia
Camila Carmen Victoria Florence He Do So An Oh Go In Le La Ha Ma Ye Au Ki
Ta Bo Ya Na Yi Can Per Dash Rich Price Bond Bass Sage Haven Ash Oak Birch Vale
Strange Power Noble Swift Rush Cash Stone Royal Franco Mercedes Porsche Tesla Chanel Dior Cartier Prada Gucci Armani
Bentley Disney Kellogg Heinz Nestle Siemens Bosch Philips Dyson Wendy Jaguar Lexus Dodge Lotus Mini Polo Golf Fiat
Volvo Subaru Toyota Honda Suzuki Mazda Nissan Yamaha Sony Canon Nikon Casio Seiko Ricoh Kubota Brother Oracle Cisco
Intel Adobe Dell Ford Hilton Marriott Walmart Costco Target Gap Zara Uniqlo Apple Amazon Google Microsoft Salesforce Square
Stripe Slack Zoom Notion Teams Jenkins Cassandra Alexa
""".split()
weak_given = """Ama Art Baker Ban Bang Bell Bill Bin Bishop Black Blake Brooks Brown Bryant Burke Burns Campbell Cannon
Carey Carter Cha Chase Chester Christian Clay Cliff Cole Cook Cooper Craig Cruz Dale Daniels Dat Dean Domingo
Douglas Drew Fisher Frank Franklin Frost Gates Gene Gong Gordon Graham Grant Gray Green Grey Gunn Guy Hale
Hardy Harper Ho Holmes Hood Hunt Hunter Jack Jackson Jefferson Kent Knight Ku Lance Law Lloyd Lo
Loc Long Luna Lyons Mai Mark Marks Marshall Mason Mercado Miles Miller Mills Min Monroe Moon Morgan Nam
Nan Nash Norman Ole Parker Parks Pierce Porter Potter Ray Reed Rice Roman Rosario Rui Russell Santiago Savage
Scott Shepherd Shields Son Song Sparks Spencer Sri Stark Steele Sterling Stewart Sun Tak Taylor Tong Turner Tyler
Wade Walker Wan Ward Warren Washington Weaver Wells White Will Wolfe Won Yaw Young
""".split()
east = """
Wang Zhang Liu Chen Yang Huang Zhao Zhou Xu Zhu Guo Gao Luo Zheng Liang Xie Tang Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan
Cai Jiang Du Cheng Wei Su Ding Ren Yao Shen Zhong Cui Tan Liao Jin Jia Xia Fu Fang Zou Xiong Bai Meng Qin Qiu Hou Yin Xue Yan
Duan Lei Shao Qian Lai Gong Kong Mao Hao Chang Chow Chan Wong Cheung Lau Leung Ng Tsang Lam Yip Kwok Tse Fung Choi Mak
Hui Chung Kwan Siu Poon Tam Lim Teo Goh Ong Koh Chua Ang Yeo Toh Chin Foo Khoo Tay Quek Seah Liew Hsu Hsieh Tsai Chiang Chou
Kuo Li Wu Lu Ma Hu Yu Lin Tsui Yuen Ho Chu Chiu Yeung Kwong Lui Woo Song Sun He Long Ye Tong Lo Law Lai Pang Wan Au
Kim Lee Park Choi Jung Jeong Kang Cho Jo Yoon Yun Jang Lim Im Han Oh Seo Shin Kwon Hwang Ahn An Ryu Yoo Hong Jeon Moon Son
Bae Baek Heo Huh Nam Noh Roh Kwak Sung Seong Cha Joo Min Ku Koo Jin Eom Chae Won Chun Bang Hyun Ham Byun Yeom Seok Seol Gil
Yeon Pyo Myung Ki Ban Geum Maeng Tak
Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ngo Duong Ly Dinh Truong Mai Trinh Luong Quach Doan Chau Kieu Thai
Cao Ha Tong Vuong Diep Ta Trieu
""".split()
family_other += """
Saputra Kurniawan Maulana Nugroho Hidayat Prasetyo Wirawan Pratama Wibowo Hartono Setiawan Susanto Gunawan Purnomo
Sulistyo Firmansyah Ramadhan Permana Santoso Wijaya Kusuma Suryadi Hakim Hasibuan Nasution Siregar Simanjuntak
Situmorang Sitompul Lubis Harahap Tanjung Sinaga Pangaribuan Hutagalung Sembiring Ginting Tarigan Manurung Saragih
Sihombing Simatupang Panjaitan Pardede Rangkuti Syahputra Ardiansyah Kurniasih Rahayu Lestari Wulandari Handayani
Hidayati Anggraini Puspitasari Permatasari Maharani Safitri Utami Yulianti Setiadi Sudarsono Suharto Sugiarto
Sutanto Suwandi Wahyudi Widodo Yulianto Irawan Hermawan Kusnadi Mulyana Rachman Rahmawati Sihotang Effendi Halim
Hamzah Iskandar Junaidi Kartono Mahendra Nainggolan Priyanto Rusdi Siswanto Subagyo Sukma Supriyadi Surbakti
Sutrisno Tampubolon Wahyuni Saputri Hidayah Nurhaliza Aprilia Oktaviani Fitriani Kurniawati Setiawati
Shrestha Thapa Gurung Tamang Limbu Magar Sherpa Adhikari Bhandari Pokharel Poudel Paudel Khadka Karki Basnet Bista
Shahi Thakuri Neupane Ghimire Aryal Acharya Bhattarai Dahal Giri Koirala Lamichhane Maharjan Pant Regmi Rijal
Sapkota Subedi Timalsina Upreti Dhakal Khatri Chaudhary Tharu Yadav Mahato Oli Gautam Baral Bhusal Kafle Kandel
Lamsal Wagle Budhathoki Rawal Bhattarai Khanal Devkota Parajuli
Aung Kyaw Htet Naing Zaw Thant Myint Tun Soe Hlaing Thein Nyein Phyo Maung Khin Mya Hnin Moe Cho Htun Zin Myo Thet
Paing Hein Sithu Phyu Khaing Hsu Pyae Shwe Lwin Nwe Htay Thiha Wint Thida Sandar Yadanar Nilar Thuzar
Chea Chhay Keo Meas Nget Ouk Prak Seng Tep Yim Yos Sokha Vanna Sophea Rathana Pisey Chenda
""".split()
middle = "Van Thi Duc Minh Quoc Thanh Ngoc Huu Xuan Hong Kim Dinh Cong Quang Tuan Anh Thu Bao Gia Hoang Manh Trung Tien Viet".split()
stop = """
Remote Onsite Hybrid Chat Shift PT Tbk Oficial Official Bot
January February March April May June July August September October November December Feb Mar Apr Jun Jul Aug Sep Sept Oct
Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thur Thurs Fri Sat Sun
Team Teams Department Dept Div Division Unit Units Section Group Groups Office Offices Inc Ltd LLC LLP PLC Co Corp Corporation
Company Holdings Partners Associates Solutions Systems System Services Service Technologies Technology Tech Labs Lab Studio
Studios Global International Japan Japanese Asia Asian Pacific Europe European America American Americas Center Centre Hotel
Hotels Resort Hospital Clinic Medical University College School Institute Academy Bank Insurance Airlines Airways Air Rail
Railway Station Airport Terminal Street St Road Rd Avenue Ave Drive Way Boulevard Blvd Square Plaza Tower Building Bldg Floor
Suite Room Sales Marketing Support Customer Customers Client Clients Product Products Project Projects Program Programme Manager
Managers Director Directors Officer Engineer Engineering Lead Head Chief President Vice CEO CTO CFO COO CIO VP SVP EVP Senior
Junior General Assistant Associate Executive Board Committee Council Meeting Conference Summit Forum Workshop Seminar Webinar
Session Event Party Festival Expo Week Weekend Morning Afternoon Evening Night Today Tomorrow Yesterday Update Updates Report
Reports Review Summary Agenda Minutes Notes Note Action Items Item Issue Issues Ticket Tickets Request Order Orders Invoice Quote
Quotation Estimate Contract Agreement Policy Terms Privacy Security Account Accounts Payable Receivable Payment Payments Billing
Shipping Delivery Warehouse Factory Site Online Zoom Slack Google Microsoft Apple Amazon Windows Excel Word PowerPoint
Outlook Chrome Safari Firefox Android iPhone iOS Linux Oracle SAP Salesforce AWS Azure GitHub Jira Confluence Notion Dropbox
LINE Facebook Twitter Instagram YouTube LinkedIn WhatsApp WeChat Gmail Yahoo MacBook iPad Kindle Visa Mastercard Amex JCB Diners
New Old Good Great First Last Next Previous Total Free Premium Standard Basic Pro Plus Mini Lite Ultra Smart Digital Data Cloud
Web Mobile App Apps Software Hardware Server Servers Network Platform Portal Dashboard Admin Administrator User Users Member
Members Staff Guest Guests Visitor Visitors Attendee Attendees Participant Participants Contact Contacts Email Mail Phone Tel Fax
Mobile Address Date Time Name Names Subject Dear Hello Hi Hey Thanks Thank Regards Sincerely Cheers Please Yes No Not None Null
TBD TBA Unknown Other Others All Everyone Anyone Someone World Error Errors Warning Info Debug Notice Alert Status Pending
Approved Rejected Done Open Closed Ok OK Subtotal Tax Price Amount Qty Quantity Model Type Size Color Colour Version Release Build
Bot Robot Auto Reception Front Desk Helpdesk Help HR IT PR QA Legal Finance Accounting Operations Procurement Purchasing
Logistics Human Resources Affairs Planning Development Research Design Quality Production Manufacturing Branch Headquarters HQ
Tokyo Osaka Kyoto Yokohama Nagoya Kobe Sapporo Sendai Fukuoka Hiroshima Shinjuku Shibuya Ginza Minato Chiyoda Chuo Marunouchi
London Berlin Seoul Beijing Shanghai Singapore Bangkok Manila Jakarta Hanoi Delhi Mumbai Melbourne Toronto Vancouver Chicago
Boston Seattle Atlanta Miami Ohio Texas California Florida Taipei Canada Australia Korea Vietnam Thailand Philippines
Indonesia Malaysia Germany France Italy Spain UK USA US EU Kingdom United States Republic Ocean Coast Island Islands Mount
Lake River Valley Bay Harbor Harbour Port City Town Village County Prefecture Ward District Region Area Zone North South East
West Central Upper Lower Inner Outer Grand Royal Imperial National Federal State Public Private Union Limited Holdings Trading
Logistics Industries Industry Electric Electronics Motors Motor Foods Food Pharma Pharmaceutical Chemical Steel Energy Power
Capital Finance Financial Securities Investments Investment Fund Trust Realty Properties Estate Construction Consulting
Consultants Agency Media News Press Magazine Journal Times Post Herald Radio TV Television Network Studio Records Music Games
Store Stores Shop Shops Market Mart Supermarket Mall Outlet Restaurant Cafe Coffee Bar Kitchen Bakery Salon Spa Gym Club
Fitness Health Care Home House Homes Apartment Apartments Mansion Residence Heights Court Villa Palace Hills Garden Gardens Park
Parks Maison Corpo Sky Sun Main Tower Towers Gate Bridge Hall Church Temple Shrine Castle Museum Gallery Theater Theatre Arena
Stadium Dome Library Hospital Onsen Ryokan Jinja Liner Inn Kogen Eikaiwa Coordinator Coordinators Resort Lodge Minshuku Welcome Introduction Overview Background Purpose Scope Schedule Itinerary Plan Plans Budget
Cost Costs Details Detail Information Contents Content Table Figure Appendix Chapter Part Page Pages Step Steps Phase Stage
Level Grade Class Course Lesson Test Exam Result Results Score Rank Ranking Award Prize Winner Gold Silver Bronze Platinum
Diamond Premier Elite Prime Select Special Limited Edition Series Collection Set Pack Kit Box Case Bag Cup Card Cards Gift
Coupon Voucher Ticket Pass Passport License Licence Certificate Permit ID Number No Code Key Token Password Login Sign
Check Checkout Checkin Arrival Departure Flight Train Bus Taxi Car Cars Truck Ship Cruise Tour Tours Travel Trip Visit
Stay Booking Reservation Reservations Confirmation Cancellation Change Changes Refund Return Returns Exchange Warranty
Repair Maintenance Installation Setup Configuration Settings Options Features Feature Function Functions Tool Tools Kit
Guide Manual Handbook FAQ Tips Best Practice Practices Policy Rules Rule Guidelines Standards Requirements Specification
Spec Specs Proposal Offer Deal Discount Sale Campaign Promotion Launch Announcement Newsletter Notification Reminder
Invitation Request Response Reply Feedback Survey Questionnaire Form Application Registration Entry Submission Approval
Draft Final Revised Original Copy Sample Template Example Demo Trial Beta Alpha Test Testing Production Staging Dev
Live Lorem Ipsum Dolor Sit Amet Valued Dear Keynote Panel Discussion Networking Reception Lunch Dinner Breakfast
Break Opening Closing Remarks Q&A Helpdesk Ops Desk Inbox Noreply Notifications Newsletter Careers Jobs Recruiting Payroll
Treasury Compliance Audit Risk Strategy Innovation Transformation Excellence Success Experience Relations Communications
Partner Partnership Alliance Channel Vendor Supplier Distributor Reseller Dealer Retail Wholesale Enterprise Business
Corporate Commercial Technical Infrastructure Facilities Maintenance Safety Environment Sustainability Welfare Benefits
Relocation Onboarding Training Recruitment Education Learning Wellness Medical Dental Optical Vision Pharmacy
Transport Transportation Express Freight Courier Cargo Lines Motor Shoji Kogyo Sangyo Denki Kensetsu Tsushin Shokai Bussan
Seisakusho Seiki Unyu Butsuryu Ginko Shinkin Hoken Shoken Gakuen Byoin Kabushiki Kaisha Yugen Godo Honten Shiten Eigyosho
Maru Marine Maritime Shipping Navigation Kaiun Kisen Gyogyo Suisan Direct Message Messages Privately
Admissions Ambassador Applicant Applicants Candidate Candidates Colleagues Consul Excellency Hiring Op Organisers
Organizers Rent Rental Rentals Reviewer Reviewers Search Selection
Jimusho Koumuten Komuten Shokuhin Seiyaku Kagaku Insatsu Sekkei Fudosan Jutaku Kaihatsu Kenkyujo Kougyou Shouji Sangyou
Sex Gender DOB Nationality Expiry Seq Pax Surname Birth Seat Pnr Dept Arr Dep Gate Doc Docs Nat
Ryugaku Ryokou Ryoko Kanko Kankou Shoten Kikaku Jimukyoku Gakuin Senmon Nihongo Kyokai Kyoukai Zaidan Kumiai
""".split()
with open(__import__("pathlib").Path(__file__).with_name("names_latin.txt"), "w", encoding="utf-8") as fh:
    fh.write("""# Common given and family names in Latin script, for the PERSON detector's Latin side (person_latin.py).
# Compact by design: the most frequent names of English-speaking countries (the US list from census name
# frequencies as shipped in Faker's en_US provider, plus UK/Irish names), romanised Chinese (pinyin, Cantonese,
# Hokkien), Korean, Vietnamese, Indian, Arabic, Filipino, Spanish/Portuguese, French, German, Italian, Nordic,
# Dutch, Slavic, Turkish, Indonesian, Thai and West/South African names. No real persons: name words only.
# Lines: "G word ..." given names, "F word ..." family names, "W word ..." name words that are also ordinary
# English words, places or brands (Grace, Park, Ford): they count only when a person cue is present; "V" words that
# are good family names but weak given names (Turner, Brown, Chase: Emma Brown yes, Chase Bank no); "E" family
# names that come before the given name (Chinese, Korean, Vietnamese: Chen Wei, Park Ji-hoon, Nguyen Van Minh); "M"
# Vietnamese middle names; "X" capitalised words that are not names where a name is expected (Team, Sales, Tokyo).
# Matching is case-insensitive and ignores accents and apostrophes (O'Neill = Oneill). Japanese romaji names
# come from names_ja.txt, not from here.
""")
    def dump(tag, words):
        seen, out = set(), []
        for w in words:
            k = w.lower()
            if k not in seen and w.isalpha() and len(w) >= 2:
                seen.add(k); out.append(w)
        out.sort(key=str.lower)
        line = []
        for w in out:
            line.append(w)
            if len(" ".join(line)) > 110:
                fh.write(tag + " " + " ".join(line) + "\n"); line = []
        if line:
            fh.write(tag + " " + " ".join(line) + "\n")
        return len(out)
    print("G", dump("G", given_en + given_other))
    print("F", dump("F", family_en + family_other))
    print("W", dump("W", weak))
    print("V", dump("V", weak_given))
    print("E", dump("E", east))
    print("M", dump("M", middle))
    print("X", dump("X", stop))
    # "P": places written as capitalised name words (Vietnamese provinces, districts and cities without diacritics,
    # countries): a pair of them is no person even where each word is a name (Thai Binh, Viet Nam). Words joined by _.
    fh.write("""P An_Giang Ba_Ria Vung_Tau Bac_Giang Bac_Kan Bac_Lieu Bac_Ninh Ben_Tre Binh_Dinh Binh_Duong Binh_Phuoc Binh_Thuan
P Ca_Mau Can_Tho Cao_Bang Da_Nang Dak_Lak Dak_Nong Dien_Bien Dong_Nai Dong_Thap Gia_Lai Ha_Giang Ha_Nam Ha_Noi
P Ha_Tinh Hai_Duong Hai_Phong Hau_Giang Hoa_Binh Hung_Yen Khanh_Hoa Kien_Giang Kon_Tum Lai_Chau Lam_Dong Lang_Son
P Lao_Cai Long_An Nam_Dinh Nghe_An Ninh_Binh Ninh_Thuan Phu_Tho Phu_Yen Quang_Binh Quang_Nam Quang_Ngai Quang_Ninh
P Quang_Tri Soc_Trang Son_La Tay_Ninh Thai_Binh Thai_Nguyen Thanh_Hoa Thua_Thien_Hue Tien_Giang Tra_Vinh
P Tuyen_Quang Vinh_Long Vinh_Phuc Yen_Bai Ho_Chi_Minh Viet_Nam Nha_Trang Bien_Hoa Thu_Duc Hoi_An Ha_Long Da_Lat
P Buon_Ma_Thuot Cam_Ranh My_Tho Rach_Gia Long_Xuyen Thu_Dau_Mot Tan_Binh Go_Vap Binh_Thanh Phu_Nhuan Hoan_Kiem
P Ba_Dinh Cau_Giay Dong_Da Hai_Ba_Trung Thanh_Xuan Long_Bien Hoang_Mai Tay_Ho Sri_Lanka Hong_Kong Costa_Rica
P El_Salvador Puerto_Rico San_Marino Saudi_Arabia Timor_Leste Burkina_Faso
P San_Francisco San_Diego San_Jose San_Antonio Los_Angeles Las_Vegas New_York New_Jersey New_Delhi New_Orleans
P Santa_Clara Santa_Monica Santa_Barbara Palo_Alto Mountain_View Kuala_Lumpur Buenos_Aires Rio_de_Janeiro Sao_Paulo
P Salt_Lake_City Kansas_City Long_Beach Hong_Kong_Island Abu_Dhabi Tel_Aviv Cape_Town Phnom_Penh Ulan_Bator
""")
