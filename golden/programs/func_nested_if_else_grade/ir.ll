; ModuleID = 'func_nested_if_else_grade.sy'
source_filename = "func_nested_if_else_grade.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@__const.main.scores = private unnamed_addr constant [12 x i32] [i32 100, i32 97, i32 95, i32 91, i32 89, i32 85, i32 81, i32 79, i32 60, i32 59, i32 0, i32 93], align 16

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @grade(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 %0, i32* %3, align 4
  %4 = load i32, i32* %3, align 4
  %5 = icmp sge i32 %4, 90
  br i1 %5, label %6, label %15

6:                                                ; preds = %1
  %7 = load i32, i32* %3, align 4
  %8 = icmp sge i32 %7, 97
  br i1 %8, label %9, label %10

9:                                                ; preds = %6
  store i32 1, i32* %2, align 4
  br label %32

10:                                               ; preds = %6
  %11 = load i32, i32* %3, align 4
  %12 = icmp sge i32 %11, 93
  br i1 %12, label %13, label %14

13:                                               ; preds = %10
  store i32 2, i32* %2, align 4
  br label %32

14:                                               ; preds = %10
  store i32 3, i32* %2, align 4
  br label %32

15:                                               ; preds = %1
  %16 = load i32, i32* %3, align 4
  %17 = icmp sge i32 %16, 80
  br i1 %17, label %18, label %27

18:                                               ; preds = %15
  %19 = load i32, i32* %3, align 4
  %20 = icmp sge i32 %19, 87
  br i1 %20, label %21, label %22

21:                                               ; preds = %18
  store i32 4, i32* %2, align 4
  br label %32

22:                                               ; preds = %18
  %23 = load i32, i32* %3, align 4
  %24 = icmp sge i32 %23, 83
  br i1 %24, label %25, label %26

25:                                               ; preds = %22
  store i32 5, i32* %2, align 4
  br label %32

26:                                               ; preds = %22
  store i32 6, i32* %2, align 4
  br label %32

27:                                               ; preds = %15
  %28 = load i32, i32* %3, align 4
  %29 = icmp sge i32 %28, 60
  br i1 %29, label %30, label %31

30:                                               ; preds = %27
  store i32 7, i32* %2, align 4
  br label %32

31:                                               ; preds = %27
  store i32 8, i32* %2, align 4
  br label %32

32:                                               ; preds = %31, %30, %26, %25, %21, %14, %13, %9
  %33 = load i32, i32* %2, align 4
  ret i32 %33
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @quadrant(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 %0, i32* %4, align 4
  store i32 %1, i32* %5, align 4
  %6 = load i32, i32* %4, align 4
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %11, label %8

8:                                                ; preds = %2
  %9 = load i32, i32* %5, align 4
  %10 = icmp eq i32 %9, 0
  br i1 %10, label %11, label %23

11:                                               ; preds = %8, %2
  %12 = load i32, i32* %4, align 4
  %13 = icmp eq i32 %12, 0
  br i1 %13, label %14, label %18

14:                                               ; preds = %11
  %15 = load i32, i32* %5, align 4
  %16 = icmp eq i32 %15, 0
  br i1 %16, label %17, label %18

17:                                               ; preds = %14
  store i32 0, i32* %3, align 4
  br label %36

18:                                               ; preds = %14, %11
  %19 = load i32, i32* %4, align 4
  %20 = icmp eq i32 %19, 0
  br i1 %20, label %21, label %22

21:                                               ; preds = %18
  store i32 5, i32* %3, align 4
  br label %36

22:                                               ; preds = %18
  store i32 6, i32* %3, align 4
  br label %36

23:                                               ; preds = %8
  %24 = load i32, i32* %4, align 4
  %25 = icmp sgt i32 %24, 0
  br i1 %25, label %26, label %31

26:                                               ; preds = %23
  %27 = load i32, i32* %5, align 4
  %28 = icmp sgt i32 %27, 0
  br i1 %28, label %29, label %30

29:                                               ; preds = %26
  store i32 1, i32* %3, align 4
  br label %36

30:                                               ; preds = %26
  store i32 4, i32* %3, align 4
  br label %36

31:                                               ; preds = %23
  %32 = load i32, i32* %5, align 4
  %33 = icmp sgt i32 %32, 0
  br i1 %33, label %34, label %35

34:                                               ; preds = %31
  store i32 2, i32* %3, align 4
  br label %36

35:                                               ; preds = %31
  store i32 3, i32* %3, align 4
  br label %36

36:                                               ; preds = %35, %34, %30, %29, %22, %21, %17
  %37 = load i32, i32* %3, align 4
  ret i32 %37
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @triangle_kind(i32 noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store i32 %0, i32* %5, align 4
  store i32 %1, i32* %6, align 4
  store i32 %2, i32* %7, align 4
  %8 = load i32, i32* %5, align 4
  %9 = load i32, i32* %6, align 4
  %10 = add nsw i32 %8, %9
  %11 = load i32, i32* %7, align 4
  %12 = icmp sle i32 %10, %11
  br i1 %12, label %25, label %13

13:                                               ; preds = %3
  %14 = load i32, i32* %5, align 4
  %15 = load i32, i32* %7, align 4
  %16 = add nsw i32 %14, %15
  %17 = load i32, i32* %6, align 4
  %18 = icmp sle i32 %16, %17
  br i1 %18, label %25, label %19

19:                                               ; preds = %13
  %20 = load i32, i32* %6, align 4
  %21 = load i32, i32* %7, align 4
  %22 = add nsw i32 %20, %21
  %23 = load i32, i32* %5, align 4
  %24 = icmp sle i32 %22, %23
  br i1 %24, label %25, label %26

25:                                               ; preds = %19, %13, %3
  store i32 0, i32* %4, align 4
  br label %83

26:                                               ; preds = %19
  %27 = load i32, i32* %5, align 4
  %28 = load i32, i32* %6, align 4
  %29 = icmp eq i32 %27, %28
  br i1 %29, label %30, label %36

30:                                               ; preds = %26
  %31 = load i32, i32* %6, align 4
  %32 = load i32, i32* %7, align 4
  %33 = icmp eq i32 %31, %32
  br i1 %33, label %34, label %35

34:                                               ; preds = %30
  store i32 3, i32* %4, align 4
  br label %83

35:                                               ; preds = %30
  store i32 2, i32* %4, align 4
  br label %83

36:                                               ; preds = %26
  %37 = load i32, i32* %6, align 4
  %38 = load i32, i32* %7, align 4
  %39 = icmp eq i32 %37, %38
  br i1 %39, label %44, label %40

40:                                               ; preds = %36
  %41 = load i32, i32* %5, align 4
  %42 = load i32, i32* %7, align 4
  %43 = icmp eq i32 %41, %42
  br i1 %43, label %44, label %45

44:                                               ; preds = %40, %36
  store i32 2, i32* %4, align 4
  br label %83

45:                                               ; preds = %40
  %46 = load i32, i32* %5, align 4
  %47 = load i32, i32* %5, align 4
  %48 = mul nsw i32 %46, %47
  %49 = load i32, i32* %6, align 4
  %50 = load i32, i32* %6, align 4
  %51 = mul nsw i32 %49, %50
  %52 = add nsw i32 %48, %51
  %53 = load i32, i32* %7, align 4
  %54 = load i32, i32* %7, align 4
  %55 = mul nsw i32 %53, %54
  %56 = icmp eq i32 %52, %55
  br i1 %56, label %81, label %57

57:                                               ; preds = %45
  %58 = load i32, i32* %5, align 4
  %59 = load i32, i32* %5, align 4
  %60 = mul nsw i32 %58, %59
  %61 = load i32, i32* %7, align 4
  %62 = load i32, i32* %7, align 4
  %63 = mul nsw i32 %61, %62
  %64 = add nsw i32 %60, %63
  %65 = load i32, i32* %6, align 4
  %66 = load i32, i32* %6, align 4
  %67 = mul nsw i32 %65, %66
  %68 = icmp eq i32 %64, %67
  br i1 %68, label %81, label %69

69:                                               ; preds = %57
  %70 = load i32, i32* %6, align 4
  %71 = load i32, i32* %6, align 4
  %72 = mul nsw i32 %70, %71
  %73 = load i32, i32* %7, align 4
  %74 = load i32, i32* %7, align 4
  %75 = mul nsw i32 %73, %74
  %76 = add nsw i32 %72, %75
  %77 = load i32, i32* %5, align 4
  %78 = load i32, i32* %5, align 4
  %79 = mul nsw i32 %77, %78
  %80 = icmp eq i32 %76, %79
  br i1 %80, label %81, label %82

81:                                               ; preds = %69, %57, %45
  store i32 4, i32* %4, align 4
  br label %83

82:                                               ; preds = %69
  store i32 1, i32* %4, align 4
  br label %83

83:                                               ; preds = %82, %81, %44, %35, %34, %25
  %84 = load i32, i32* %4, align 4
  ret i32 %84
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [12 x i32], align 16
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 0, i32* %1, align 4
  %5 = bitcast [12 x i32]* %2 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 16 %5, i8* align 16 bitcast ([12 x i32]* @__const.main.scores to i8*), i64 48, i1 false)
  store i32 0, i32* %3, align 4
  store i32 0, i32* %4, align 4
  br label %6

6:                                                ; preds = %9, %0
  %7 = load i32, i32* %3, align 4
  %8 = icmp slt i32 %7, 12
  br i1 %8, label %9, label %27

9:                                                ; preds = %6
  %10 = load i32, i32* %3, align 4
  %11 = sext i32 %10 to i64
  %12 = getelementptr inbounds [12 x i32], [12 x i32]* %2, i64 0, i64 %11
  %13 = load i32, i32* %12, align 4
  %14 = call i32 @grade(i32 noundef %13)
  call void @putint(i32 noundef %14)
  %15 = load i32, i32* %4, align 4
  %16 = mul nsw i32 %15, 3
  %17 = load i32, i32* %3, align 4
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds [12 x i32], [12 x i32]* %2, i64 0, i64 %18
  %20 = load i32, i32* %19, align 4
  %21 = call i32 @grade(i32 noundef %20)
  %22 = add nsw i32 %16, %21
  store i32 %22, i32* %4, align 4
  %23 = load i32, i32* %4, align 4
  %24 = srem i32 %23, 1000
  store i32 %24, i32* %4, align 4
  %25 = load i32, i32* %3, align 4
  %26 = add nsw i32 %25, 1
  store i32 %26, i32* %3, align 4
  br label %6, !llvm.loop !6

27:                                               ; preds = %6
  call void @putch(i32 noundef 10)
  %28 = call i32 @quadrant(i32 noundef 3, i32 noundef 4)
  call void @putint(i32 noundef %28)
  %29 = call i32 @quadrant(i32 noundef -3, i32 noundef 4)
  call void @putint(i32 noundef %29)
  %30 = call i32 @quadrant(i32 noundef -3, i32 noundef -4)
  call void @putint(i32 noundef %30)
  %31 = call i32 @quadrant(i32 noundef 3, i32 noundef -4)
  call void @putint(i32 noundef %31)
  %32 = call i32 @quadrant(i32 noundef 0, i32 noundef 0)
  call void @putint(i32 noundef %32)
  %33 = call i32 @quadrant(i32 noundef 0, i32 noundef 2)
  call void @putint(i32 noundef %33)
  %34 = call i32 @quadrant(i32 noundef 2, i32 noundef 0)
  call void @putint(i32 noundef %34)
  call void @putch(i32 noundef 10)
  %35 = call i32 @triangle_kind(i32 noundef 3, i32 noundef 4, i32 noundef 5)
  call void @putint(i32 noundef %35)
  %36 = call i32 @triangle_kind(i32 noundef 2, i32 noundef 2, i32 noundef 2)
  call void @putint(i32 noundef %36)
  %37 = call i32 @triangle_kind(i32 noundef 2, i32 noundef 2, i32 noundef 3)
  call void @putint(i32 noundef %37)
  %38 = call i32 @triangle_kind(i32 noundef 1, i32 noundef 2, i32 noundef 3)
  call void @putint(i32 noundef %38)
  %39 = call i32 @triangle_kind(i32 noundef 4, i32 noundef 5, i32 noundef 6)
  call void @putint(i32 noundef %39)
  %40 = call i32 @triangle_kind(i32 noundef 5, i32 noundef 3, i32 noundef 4)
  call void @putint(i32 noundef %40)
  call void @putch(i32 noundef 10)
  %41 = load i32, i32* %4, align 4
  ret i32 %41
}

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #1

declare void @putint(i32 noundef) #2

declare void @putch(i32 noundef) #2

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { argmemonly nofree nounwind willreturn }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"Debian clang version 14.0.6"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
