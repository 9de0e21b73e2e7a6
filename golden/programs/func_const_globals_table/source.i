# 1 "func_const_globals_table.sy"
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
# 1 "func_const_globals_table.sy" 2

const int BASE = 10;
const int SQUARES[10] = {0, 1, 4, 9, 16, 25, 36, 49, 64, 81};
const int MIX = BASE * BASE + 3 * 2 - 1;
const float RATE = 0.125, OFFSET = 2.5;
const int DAYS[2][12] = {{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31},
                         {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}};
int counter = MIX;

int digit_square_sum(int n) {
  int s = 0;
  while (n > 0) {
    s = s + SQUARES[n % BASE];
    n = n / BASE;
  }
  return s;
}

int is_leap(int y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int day_of_year(int y, int m, int d) {
  const int leap = is_leap(y);
  int i = 0, total = d;
  while (i < m - 1) {
    total = total + DAYS[leap][i];
    i = i + 1;
  }
  return total;
}

int main() {
  putint(MIX); putch(10);
  putint(digit_square_sum(987654321)); putch(10);
  int n = 19, steps = 0;
  while (n != 1 && n != 4 && steps < 50) {
    n = digit_square_sum(n);
    steps = steps + 1;
  }
  putint(n); putch(32); putint(steps); putch(10);
  putint(day_of_year(2000, 3, 1)); putch(32);
  putint(day_of_year(1900, 3, 1)); putch(32);
  putint(day_of_year(2023, 12, 31)); putch(10);
  float cost = OFFSET + RATE * counter;
  putfloat(cost); putch(10);
  counter = counter + SQUARES[9];
  return counter;
}
