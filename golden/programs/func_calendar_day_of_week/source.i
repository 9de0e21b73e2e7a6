# 1 "func_calendar_day_of_week.sy"
# 1 "<built-in>" 1
# 1 "<built-in>" 3
# 361 "<built-in>" 3
# 1 "<command line>" 1
# 1 "<built-in>" 2
# 1 "./sylib.h" 1



int getint(void);
int getch(void);
float getfloat(void);
int getarray(int a[]);
int getfarray(float a[]);
void putint(int a);
void putch(int a);
void putfloat(float a);
void putarray(int n, int a[]);
void putfarray(int n, float a[]);
void putf(char a[], ...);
void starttime(void);
void stoptime(void);
# 2 "<built-in>" 2
# 1 "func_calendar_day_of_week.sy" 2

int month_days(int y, int m) {
  if (m == 2) {
    if ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0) return 29;
    return 28;
  }
  if (m == 4 || m == 6 || m == 9 || m == 11) return 30;
  return 31;
}


int zeller(int y, int m, int d) {
  if (m < 3) {
    m = m + 12;
    y = y - 1;
  }
  int k = y % 100, j = y / 100;
  return (d + 13 * (m + 1) / 5 + k + k / 4 + j / 4 + 5 * j) % 7;
}

void print_month(int y, int m) {
  putf("%d-%d\n", y, m);
  int start = (zeller(y, m, 1) + 6) % 7;
  int i = 0;
  while (i < start) { putf("   "); i = i + 1; }
  int d = 1;
  while (d <= month_days(y, m)) {
    if (d < 10) putch(32);
    putch(32);
    putint(d);
    if ((start + d) % 7 == 0) putch(10);
    d = d + 1;
  }
  if ((start + d - 1) % 7 != 0) putch(10);
}

int main() {
  int dates[6][3] = {{2000, 1, 1}, {1969, 7, 20}, {2024, 2, 29}, {1900, 3, 1}, {2022, 12, 25}, {1582, 10, 15}};
  int i = 0, acc = 0;
  while (i < 6) {
    int w = zeller(dates[i][0], dates[i][1], dates[i][2]);
    putint(w);
    putch(32);
    acc = acc * 7 + w;
    i = i + 1;
  }
  putch(10);
  print_month(2024, 2);
  print_month(2023, 9);
  int fridays13 = 0, y = 1990;
  while (y < 2030) {
    int m = 1;
    while (m <= 12) {
      if (zeller(y, m, 13) == 6) fridays13 = fridays13 + 1;
      m = m + 1;
    }
    y = y + 1;
  }
  putf("Friday the 13ths 1990-2029: %d\n", fridays13);
  return acc % 256;
}
