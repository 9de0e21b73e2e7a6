# 1 "parse_init_list_shapes.sy"
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
# 1 "parse_init_list_shapes.sy" 2

int g1[2][3][2] = {1, 2, 3, 4, 5, 6, 7};
int g2[2][3][2] = {{1, 2}, 3, 4, {5}, {6}};
int g3[3][2] = {{}, {1}, {}};
int g4[2][2][2][2] = {{{{1}, {2}}, {{3, 4}}}, {{}, {5, 6, 7}}};
float g5[2][2] = {{1.5}, {2, 0x1p2}};
const int g6[4][2] = {{1, 2}, 3, 4, {5}, {6, 7}};

int sum3(int a[][3][2], int n) {
  int s = 0, i = 0;
  while (i < n) {
    int j = 0;
    while (j < 3) {
      int k = 0;
      while (k < 2) {
        s = s * 3 + a[i][j][k];
        s = s % 100003;
        k = k + 1;
      }
      j = j + 1;
    }
    i = i + 1;
  }
  return s;
}

void dump(int a[], int n) {
  putarray(n, a);
}

int main() {
  int l1[2][3][2] = {{{1}, {2, 3}}, {4}};
  int l2[3][3] = {1, 2, 3, {4}, {5, 6}};
  int l3[5] = {};
  int l4[2][2][2][2] = {1, 2, {3}, {{4}}};
  putint(sum3(g1, 2)); putch(32); putint(sum3(g2, 2)); putch(32); putint(sum3(l1, 2)); putch(10);
  int i = 0;
  while (i < 3) { dump(g3[i], 2); i = i + 1; }
  i = 0;
  while (i < 3) { dump(l2[i], 3); i = i + 1; }
  dump(l3, 5);
  i = 0;
  while (i < 8) { dump(g4[i / 4][i / 2 % 2][i % 2], 2); i = i + 1; }
  i = 0;
  while (i < 8) { dump(l4[i / 4][i / 2 % 2][i % 2], 2); i = i + 1; }
  putfarray(2, g5[0]); putfarray(2, g5[1]);
  i = 0;
  int c = 0;
  while (i < 4) { c = c * 10 + g6[i][0] + g6[i][1]; i = i + 1; }
  putint(c); putch(10);
  return c % 256;
}
