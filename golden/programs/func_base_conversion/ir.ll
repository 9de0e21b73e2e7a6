; ModuleID = 'func_base_conversion.sy'
source_filename = "func_base_conversion.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@digits = dso_local global [40 x i32] zeroinitializer, align 16
@__const.main.values = private unnamed_addr constant [7 x i32] [i32 0, i32 1, i32 255, i32 -4096, i32 123456789, i32 2147483647, i32 30], align 16
@__const.main.bases = private unnamed_addr constant [4 x i32] [i32 2, i32 8, i32 16, i32 36], align 16
@__const.main.text = private unnamed_addr constant [6 x i32] [i32 45, i32 122, i32 122, i32 49, i32 48, i32 97], align 16
@__const.main.text2 = private unnamed_addr constant [8 x i32] [i32 55, i32 102, i32 102, i32 102, i32 0, i32 0, i32 0, i32 0], align 16

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @print_base(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 %0, i32* %3, align 4
  store i32 %1, i32* %4, align 4
  %6 = load i32, i32* %3, align 4
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %8, label %9

8:                                                ; preds = %2
  call void @putch(i32 noundef 48)
  br label %56

9:                                                ; preds = %2
  %10 = load i32, i32* %3, align 4
  %11 = icmp slt i32 %10, 0
  br i1 %11, label %12, label %15

12:                                               ; preds = %9
  call void @putch(i32 noundef 45)
  %13 = load i32, i32* %3, align 4
  %14 = sub nsw i32 0, %13
  store i32 %14, i32* %3, align 4
  br label %15

15:                                               ; preds = %12, %9
  store i32 0, i32* %5, align 4
  br label %16

16:                                               ; preds = %19, %15
  %17 = load i32, i32* %3, align 4
  %18 = icmp sgt i32 %17, 0
  br i1 %18, label %19, label %31

19:                                               ; preds = %16
  %20 = load i32, i32* %3, align 4
  %21 = load i32, i32* %4, align 4
  %22 = srem i32 %20, %21
  %23 = load i32, i32* %5, align 4
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds [40 x i32], [40 x i32]* @digits, i64 0, i64 %24
  store i32 %22, i32* %25, align 4
  %26 = load i32, i32* %3, align 4
  %27 = load i32, i32* %4, align 4
  %28 = sdiv i32 %26, %27
  store i32 %28, i32* %3, align 4
  %29 = load i32, i32* %5, align 4
  %30 = add nsw i32 %29, 1
  store i32 %30, i32* %5, align 4
  br label %16, !llvm.loop !6

31:                                               ; preds = %16
  br label %32

32:                                               ; preds = %55, %31
  %33 = load i32, i32* %5, align 4
  %34 = icmp sgt i32 %33, 0
  br i1 %34, label %35, label %56

35:                                               ; preds = %32
  %36 = load i32, i32* %5, align 4
  %37 = sub nsw i32 %36, 1
  store i32 %37, i32* %5, align 4
  %38 = load i32, i32* %5, align 4
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds [40 x i32], [40 x i32]* @digits, i64 0, i64 %39
  %41 = load i32, i32* %40, align 4
  %42 = icmp slt i32 %41, 10
  br i1 %42, label %43, label %49

43:                                               ; preds = %35
  %44 = load i32, i32* %5, align 4
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds [40 x i32], [40 x i32]* @digits, i64 0, i64 %45
  %47 = load i32, i32* %46, align 4
  %48 = add nsw i32 48, %47
  call void @putch(i32 noundef %48)
  br label %55

49:                                               ; preds = %35
  %50 = load i32, i32* %5, align 4
  %51 = sext i32 %50 to i64
  %52 = getelementptr inbounds [40 x i32], [40 x i32]* @digits, i64 0, i64 %51
  %53 = load i32, i32* %52, align 4
  %54 = add nsw i32 87, %53
  call void @putch(i32 noundef %54)
  br label %55

55:                                               ; preds = %49, %43
  br label %32, !llvm.loop !8

56:                                               ; preds = %8, %32
  ret void
}

declare void @putch(i32 noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @parse_base(i32* noundef %0, i32 noundef %1, i32 noundef %2) #0 {
  %4 = alloca i32*, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  store i32* %0, i32** %4, align 8
  store i32 %1, i32* %5, align 4
  store i32 %2, i32* %6, align 4
  store i32 0, i32* %7, align 4
  store i32 0, i32* %8, align 4
  store i32 1, i32* %9, align 4
  %12 = load i32, i32* %5, align 4
  %13 = icmp sgt i32 %12, 0
  br i1 %13, label %14, label %20

14:                                               ; preds = %3
  %15 = load i32*, i32** %4, align 8
  %16 = getelementptr inbounds i32, i32* %15, i64 0
  %17 = load i32, i32* %16, align 4
  %18 = icmp eq i32 %17, 45
  br i1 %18, label %19, label %20

19:                                               ; preds = %14
  store i32 -1, i32* %9, align 4
  store i32 1, i32* %8, align 4
  br label %20

20:                                               ; preds = %19, %14, %3
  br label %21

21:                                               ; preds = %42, %20
  %22 = load i32, i32* %8, align 4
  %23 = load i32, i32* %5, align 4
  %24 = icmp slt i32 %22, %23
  br i1 %24, label %25, label %50

25:                                               ; preds = %21
  %26 = load i32*, i32** %4, align 8
  %27 = load i32, i32* %8, align 4
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds i32, i32* %26, i64 %28
  %30 = load i32, i32* %29, align 4
  store i32 %30, i32* %10, align 4
  %31 = load i32, i32* %10, align 4
  %32 = icmp sge i32 %31, 48
  br i1 %32, label %33, label %39

33:                                               ; preds = %25
  %34 = load i32, i32* %10, align 4
  %35 = icmp sle i32 %34, 57
  br i1 %35, label %36, label %39

36:                                               ; preds = %33
  %37 = load i32, i32* %10, align 4
  %38 = sub nsw i32 %37, 48
  store i32 %38, i32* %11, align 4
  br label %42

39:                                               ; preds = %33, %25
  %40 = load i32, i32* %10, align 4
  %41 = sub nsw i32 %40, 87
  store i32 %41, i32* %11, align 4
  br label %42

42:                                               ; preds = %39, %36
  %43 = load i32, i32* %7, align 4
  %44 = load i32, i32* %6, align 4
  %45 = mul nsw i32 %43, %44
  %46 = load i32, i32* %11, align 4
  %47 = add nsw i32 %45, %46
  store i32 %47, i32* %7, align 4
  %48 = load i32, i32* %8, align 4
  %49 = add nsw i32 %48, 1
  store i32 %49, i32* %8, align 4
  br label %21, !llvm.loop !9

50:                                               ; preds = %21
  %51 = load i32, i32* %9, align 4
  %52 = load i32, i32* %7, align 4
  %53 = mul nsw i32 %51, %52
  ret i32 %53
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [7 x i32], align 16
  %3 = alloca [4 x i32], align 16
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca [6 x i32], align 16
  %7 = alloca [8 x i32], align 16
  store i32 0, i32* %1, align 4
  %8 = bitcast [7 x i32]* %2 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 16 %8, i8* align 16 bitcast ([7 x i32]* @__const.main.values to i8*), i64 28, i1 false)
  %9 = bitcast [4 x i32]* %3 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 16 %9, i8* align 16 bitcast ([4 x i32]* @__const.main.bases to i8*), i64 16, i1 false)
  store i32 0, i32* %4, align 4
  br label %10

10:                                               ; preds = %28, %0
  %11 = load i32, i32* %4, align 4
  %12 = icmp slt i32 %11, 7
  br i1 %12, label %13, label %31

13:                                               ; preds = %10
  store i32 0, i32* %5, align 4
  br label %14

14:                                               ; preds = %17, %13
  %15 = load i32, i32* %5, align 4
  %16 = icmp slt i32 %15, 4
  br i1 %16, label %17, label %28

17:                                               ; preds = %14
  %18 = load i32, i32* %4, align 4
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds [7 x i32], [7 x i32]* %2, i64 0, i64 %19
  %21 = load i32, i32* %20, align 4
  %22 = load i32, i32* %5, align 4
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds [4 x i32], [4 x i32]* %3, i64 0, i64 %23
  %25 = load i32, i32* %24, align 4
  call void @print_base(i32 noundef %21, i32 noundef %25)
  call void @putch(i32 noundef 32)
  %26 = load i32, i32* %5, align 4
  %27 = add nsw i32 %26, 1
  store i32 %27, i32* %5, align 4
  br label %14, !llvm.loop !10

28:                                               ; preds = %14
  call void @putch(i32 noundef 10)
  %29 = load i32, i32* %4, align 4
  %30 = add nsw i32 %29, 1
  store i32 %30, i32* %4, align 4
  br label %10, !llvm.loop !11

31:                                               ; preds = %10
  %32 = bitcast [6 x i32]* %6 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 16 %32, i8* align 16 bitcast ([6 x i32]* @__const.main.text to i8*), i64 24, i1 false)
  %33 = getelementptr inbounds [6 x i32], [6 x i32]* %6, i64 0, i64 0
  %34 = call i32 @parse_base(i32* noundef %33, i32 noundef 6, i32 noundef 36)
  call void @putint(i32 noundef %34)
  call void @putch(i32 noundef 10)
  %35 = bitcast [8 x i32]* %7 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 16 %35, i8* align 16 bitcast ([8 x i32]* @__const.main.text2 to i8*), i64 32, i1 false)
  %36 = getelementptr inbounds [8 x i32], [8 x i32]* %7, i64 0, i64 0
  %37 = call i32 @parse_base(i32* noundef %36, i32 noundef 4, i32 noundef 16)
  call void @putint(i32 noundef %37)
  call void @putch(i32 noundef 10)
  %38 = getelementptr inbounds [8 x i32], [8 x i32]* %7, i64 0, i64 0
  %39 = call i32 @parse_base(i32* noundef %38, i32 noundef 3, i32 noundef 16)
  %40 = srem i32 %39, 256
  ret i32 %40
}

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #2

declare void @putint(i32 noundef) #1

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { argmemonly nofree nounwind willreturn }

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
!8 = distinct !{!8, !7}
!9 = distinct !{!9, !7}
!10 = distinct !{!10, !7}
!11 = distinct !{!11, !7}
