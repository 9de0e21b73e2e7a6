# 1 "func_const_lookup_tables.sy"
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
# 1 "func_const_lookup_tables.sy" 2


const int MONTHS = 12;
const int DAYS[MONTHS] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
const int NEG_HALF = -7 / 2, NEG_REM = -7 % 3, REM_NEG = 7 % -3;
const int W = -NEG_HALF * 2, H = 2 - NEG_REM;
const int KEYS[H][W] = {{1, 2, 3}, {4, 5, 6, 7, 8, 9}, {-1}};
const int SQUARES[10] = {0, 1, 4, 9, 16, 25, 36, 49, 64, 81};
int histogram[W + NEG_REM];

int day_of_year(int month, int day) {
  int m = 0, total = 0;
  while (m < month - 1) {
    total = total + DAYS[m];
    m = m + 1;
  }
  return total + day;
}

int digit_square_sum(int x) {
  int s = 0;
  while (x > 0) {
    s = s + SQUARES[x % 10];
    x = x / 10;
  }
  return s;
}

int happy(int x) {
  int steps = 0;
  while (x != 1 && x != 4 && steps < 50) {
    x = digit_square_sum(x);
    steps = steps + 1;
  }
  if (x == 1) return 1;
  return 0;
}

int main() {
  putf("consts %d %d %d %d %d\n", NEG_HALF, NEG_REM, REM_NEG, W, H);
  putint(day_of_year(3, 1));
  putch(32);
  putint(day_of_year(12, 31));
  putch(32);
  putint(day_of_year(7, 4));
  putch(10);
  int i = 0;
  while (i < H) {
    int j = 0, row = 0;
    while (j < W) {
      row = row * 3 + KEYS[i][j];
      histogram[(KEYS[i][j] % (W + NEG_REM) + W + NEG_REM) % (W + NEG_REM)] =
          histogram[(KEYS[i][j] % (W + NEG_REM) + W + NEG_REM) % (W + NEG_REM)] + 1;
      j = j + 1;
    }
    putint(row);
    putch(32);
    i = i + 1;
  }
  putch(10);
  putarray(W + NEG_REM, histogram);
  int count = 0, x = 1;
  while (x <= 100) {
    if (happy(x)) count = count + 1;
    x = x + 1;
  }
  putf("happy numbers up to 100: %d\n", count);
  return count + DAYS[1];
}
