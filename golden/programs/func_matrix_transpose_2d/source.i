# 1 "func_matrix_transpose_2d.sy"
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
# 1 "func_matrix_transpose_2d.sy" 2

int m[4][5] = {{1, 2, 3, 4, 5}, {6, 7, 8, 9, 10}, {11, 12, 13, 14, 15}, {16, 17, 18, 19, 20}};
int t[5][4];

void transpose() {
  int i = 0;
  while (i < 4) {
    int j = 0;
    while (j < 5) {
      t[j][i] = m[i][j];
      j = j + 1;
    }
    i = i + 1;
  }
}

int row_sum(int a[][4], int r) {
  int s = 0, j = 0;
  while (j < 4) { s = s + a[r][j]; j = j + 1; }
  return s;
}

int main() {
  transpose();
  int i = 0;
  while (i < 5) {
    int j = 0;
    while (j < 4) {
      putint(t[i][j]);
      if (j < 3) putch(32);
      j = j + 1;
    }
    putch(10);
    i = i + 1;
  }
  int sums[5] = {};
  i = 0;
  while (i < 5) { sums[i] = row_sum(t, i); i = i + 1; }
  putarray(5, sums);
  int sq[3][3] = {{2, 0, 1}, {0, 3}, {4}};
  int trace = sq[0][0] + sq[1][1] + sq[2][2];
  putint(trace); putch(10);
  return sums[4] - sums[0] + trace;
}
