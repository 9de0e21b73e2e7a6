; ModuleID = 'func_binary_search.sy'
source_filename = "func_binary_search.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@table = dso_local local_unnamed_addr constant [16 x i32] [i32 -50, i32 -31, i32 -8, i32 -2, i32 0, i32 4, i32 9, i32 15, i32 23, i32 42, i32 57, i32 61, i32 77, i32 90, i32 101, i32 256], align 16
@__const.main.keys = private unnamed_addr constant [10 x i32] [i32 -50, i32 256, i32 42, i32 43, i32 0, i32 -1, i32 90, i32 1000, i32 -100, i32 9], align 16

; Function Attrs: nofree norecurse nosync nounwind readnone uwtable
define dso_local i32 @bsearch_iter(i32 noundef %0) local_unnamed_addr #0 {
  br label %2

2:                                                ; preds = %1, %11
  %3 = phi i32 [ 15, %1 ], [ %16, %11 ]
  %4 = phi i32 [ 0, %1 ], [ %15, %11 ]
  %5 = add nsw i32 %3, %4
  %6 = sdiv i32 %5, 2
  %7 = sext i32 %6 to i64
  %8 = getelementptr inbounds [16 x i32], [16 x i32]* @table, i64 0, i64 %7
  %9 = load i32, i32* %8, align 4, !tbaa !5
  %10 = icmp eq i32 %9, %0
  br i1 %10, label %18, label %11

11:                                               ; preds = %2
  %12 = icmp slt i32 %9, %0
  %13 = add nsw i32 %6, 1
  %14 = add nsw i32 %6, -1
  %15 = select i1 %12, i32 %13, i32 %4
  %16 = select i1 %12, i32 %3, i32 %14
  %17 = icmp sgt i32 %15, %16
  br i1 %17, label %18, label %2

18:                                               ; preds = %2, %11
  %19 = phi i32 [ -1, %11 ], [ %6, %2 ]
  ret i32 %19
}

; Function Attrs: nofree nosync nounwind readnone uwtable
define dso_local i32 @bsearch_rec(i32 noundef %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr #1 {
  %4 = icmp slt i32 %1, %0
  br i1 %4, label %25, label %5

5:                                                ; preds = %3, %19
  %6 = phi i32 [ %9, %19 ], [ %1, %3 ]
  %7 = phi i32 [ %20, %19 ], [ %0, %3 ]
  br label %8

8:                                                ; preds = %5, %22
  %9 = phi i32 [ %6, %5 ], [ %23, %22 ]
  %10 = sub nsw i32 %9, %7
  %11 = sdiv i32 %10, 2
  %12 = add nsw i32 %11, %7
  %13 = sext i32 %12 to i64
  %14 = getelementptr inbounds [16 x i32], [16 x i32]* @table, i64 0, i64 %13
  %15 = load i32, i32* %14, align 4, !tbaa !5
  %16 = icmp eq i32 %15, %2
  br i1 %16, label %25, label %17

17:                                               ; preds = %8
  %18 = icmp slt i32 %15, %2
  br i1 %18, label %19, label %22

19:                                               ; preds = %17
  %20 = add nsw i32 %12, 1
  %21 = icmp sgt i32 %9, %12
  br i1 %21, label %5, label %25

22:                                               ; preds = %17
  %23 = add nsw i32 %12, -1
  %24 = icmp sgt i32 %10, 1
  br i1 %24, label %8, label %25

25:                                               ; preds = %19, %22, %8, %3
  %26 = phi i32 [ -1, %3 ], [ %12, %8 ], [ -1, %22 ], [ -1, %19 ]
  ret i32 %26
}

; Function Attrs: nofree norecurse nosync nounwind readnone uwtable
define dso_local i32 @lower_bound(i32 noundef %0) local_unnamed_addr #0 {
  br label %2

2:                                                ; preds = %1, %2
  %3 = phi i32 [ 0, %1 ], [ %13, %2 ]
  %4 = phi i32 [ 16, %1 ], [ %12, %2 ]
  %5 = add nsw i32 %3, %4
  %6 = sdiv i32 %5, 2
  %7 = sext i32 %6 to i64
  %8 = getelementptr inbounds [16 x i32], [16 x i32]* @table, i64 0, i64 %7
  %9 = load i32, i32* %8, align 4, !tbaa !5
  %10 = icmp slt i32 %9, %0
  %11 = add nsw i32 %6, 1
  %12 = select i1 %10, i32 %4, i32 %6
  %13 = select i1 %10, i32 %11, i32 %3
  %14 = icmp slt i32 %13, %12
  br i1 %14, label %2, label %15, !llvm.loop !9

15:                                               ; preds = %2
  ret i32 %13
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #2 {
  br label %1

1:                                                ; preds = %61, %0
  %2 = phi i64 [ %66, %61 ], [ 0, %0 ]
  %3 = phi i32 [ %64, %61 ], [ 0, %0 ]
  %4 = icmp eq i64 %2, 10
  br i1 %4, label %67, label %5

5:                                                ; preds = %1
  %6 = getelementptr inbounds [10 x i32], [10 x i32]* @__const.main.keys, i64 0, i64 %2
  %7 = load i32, i32* %6, align 4, !tbaa !5
  br label %8

8:                                                ; preds = %17, %5
  %9 = phi i32 [ 15, %5 ], [ %22, %17 ]
  %10 = phi i32 [ 0, %5 ], [ %21, %17 ]
  %11 = add nsw i32 %10, %9
  %12 = sdiv i32 %11, 2
  %13 = sext i32 %12 to i64
  %14 = getelementptr inbounds [16 x i32], [16 x i32]* @table, i64 0, i64 %13
  %15 = load i32, i32* %14, align 4, !tbaa !5
  %16 = icmp eq i32 %15, %7
  br i1 %16, label %24, label %17

17:                                               ; preds = %8
  %18 = icmp slt i32 %15, %7
  %19 = add nsw i32 %12, 1
  %20 = add nsw i32 %12, -1
  %21 = select i1 %18, i32 %19, i32 %10
  %22 = select i1 %18, i32 %9, i32 %20
  %23 = icmp sgt i32 %21, %22
  br i1 %23, label %24, label %8

24:                                               ; preds = %8, %17
  %25 = phi i32 [ -1, %17 ], [ %12, %8 ]
  br label %26

26:                                               ; preds = %40, %24
  %27 = phi i32 [ %30, %40 ], [ 15, %24 ]
  %28 = phi i32 [ %41, %40 ], [ 0, %24 ]
  br label %29

29:                                               ; preds = %43, %26
  %30 = phi i32 [ %27, %26 ], [ %44, %43 ]
  %31 = sub nsw i32 %30, %28
  %32 = sdiv i32 %31, 2
  %33 = add nsw i32 %32, %28
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds [16 x i32], [16 x i32]* @table, i64 0, i64 %34
  %36 = load i32, i32* %35, align 4, !tbaa !5
  %37 = icmp eq i32 %36, %7
  br i1 %37, label %46, label %38

38:                                               ; preds = %29
  %39 = icmp slt i32 %36, %7
  br i1 %39, label %40, label %43

40:                                               ; preds = %38
  %41 = add nsw i32 %33, 1
  %42 = icmp sgt i32 %30, %33
  br i1 %42, label %26, label %46

43:                                               ; preds = %38
  %44 = add nsw i32 %33, -1
  %45 = icmp sgt i32 %31, 1
  br i1 %45, label %29, label %46

46:                                               ; preds = %40, %29, %43
  %47 = phi i32 [ -1, %43 ], [ %33, %29 ], [ -1, %40 ]
  tail call void @putint(i32 noundef %7) #4
  tail call void @putch(i32 noundef 58) #4
  tail call void @putint(i32 noundef %25) #4
  tail call void @putch(i32 noundef 44) #4
  tail call void @putint(i32 noundef %47) #4
  tail call void @putch(i32 noundef 44) #4
  br label %48

48:                                               ; preds = %48, %46
  %49 = phi i32 [ 0, %46 ], [ %59, %48 ]
  %50 = phi i32 [ 16, %46 ], [ %58, %48 ]
  %51 = add nsw i32 %50, %49
  %52 = sdiv i32 %51, 2
  %53 = sext i32 %52 to i64
  %54 = getelementptr inbounds [16 x i32], [16 x i32]* @table, i64 0, i64 %53
  %55 = load i32, i32* %54, align 4, !tbaa !5
  %56 = icmp slt i32 %55, %7
  %57 = add nsw i32 %52, 1
  %58 = select i1 %56, i32 %50, i32 %52
  %59 = select i1 %56, i32 %57, i32 %49
  %60 = icmp slt i32 %59, %58
  br i1 %60, label %48, label %61, !llvm.loop !9

61:                                               ; preds = %48
  tail call void @putint(i32 noundef %59) #4
  tail call void @putch(i32 noundef 10) #4
  %62 = xor i32 %25, -1
  %63 = lshr i32 %62, 31
  %64 = add nuw nsw i32 %63, %3
  %65 = icmp eq i32 %25, %47
  %66 = add nuw nsw i64 %2, 1
  br i1 %65, label %1, label %67, !llvm.loop !11

67:                                               ; preds = %1, %61
  %68 = phi i32 [ 255, %61 ], [ %3, %1 ]
  ret i32 %68
}

declare void @putint(i32 noundef) local_unnamed_addr #3

declare void @putch(i32 noundef) local_unnamed_addr #3

attributes #0 = { nofree norecurse nosync nounwind readnone uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree nosync nounwind readnone uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = distinct !{!11, !10}
