; ModuleID = 'func_permutations_print.sy'
source_filename = "func_permutations_print.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@rec_count = dso_local local_unnamed_addr global i32 0, align 4
@cur = dso_local global [5 x i32] zeroinitializer, align 16
@used = dso_local local_unnamed_addr global [5 x i32] zeroinitializer, align 16
@p = dso_local local_unnamed_addr global [5 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [7 x i8] c"%d %d\0A\00", align 1

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local i32 @next_perm(i32* nocapture noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = icmp sgt i32 %1, 1
  br i1 %3, label %4, label %47

4:                                                ; preds = %2
  %5 = add nsw i32 %1, -2
  br label %6

6:                                                ; preds = %4, %16
  %7 = phi i32 [ %17, %16 ], [ %5, %4 ]
  %8 = zext i32 %7 to i64
  %9 = getelementptr inbounds i32, i32* %0, i64 %8
  %10 = load i32, i32* %9, align 4, !tbaa !5
  %11 = add nuw nsw i32 %7, 1
  %12 = zext i32 %11 to i64
  %13 = getelementptr inbounds i32, i32* %0, i64 %12
  %14 = load i32, i32* %13, align 4, !tbaa !5
  %15 = icmp slt i32 %10, %14
  br i1 %15, label %19, label %16

16:                                               ; preds = %6
  %17 = add nsw i32 %7, -1
  %18 = icmp sgt i32 %7, 0
  br i1 %18, label %6, label %47, !llvm.loop !9

19:                                               ; preds = %6
  %20 = zext i32 %7 to i64
  %21 = getelementptr inbounds i32, i32* %0, i64 %20
  %22 = load i32, i32* %21, align 4, !tbaa !5
  %23 = sext i32 %1 to i64
  %24 = add nsw i64 %23, -1
  br label %25

25:                                               ; preds = %25, %19
  %26 = phi i64 [ %30, %25 ], [ %24, %19 ]
  %27 = getelementptr inbounds i32, i32* %0, i64 %26
  %28 = load i32, i32* %27, align 4, !tbaa !5
  %29 = icmp sgt i32 %28, %22
  %30 = add i64 %26, -1
  br i1 %29, label %31, label %25, !llvm.loop !11

31:                                               ; preds = %25
  %32 = getelementptr inbounds i32, i32* %0, i64 %26
  %33 = add nsw i32 %1, -1
  store i32 %28, i32* %21, align 4, !tbaa !5
  store i32 %22, i32* %32, align 4, !tbaa !5
  %34 = icmp slt i32 %11, %33
  br i1 %34, label %35, label %47

35:                                               ; preds = %31
  %36 = sext i32 %11 to i64
  br label %37

37:                                               ; preds = %35, %37
  %38 = phi i64 [ %24, %35 ], [ %44, %37 ]
  %39 = phi i64 [ %36, %35 ], [ %45, %37 ]
  %40 = getelementptr inbounds i32, i32* %0, i64 %39
  %41 = load i32, i32* %40, align 4, !tbaa !5
  %42 = getelementptr inbounds i32, i32* %0, i64 %38
  %43 = load i32, i32* %42, align 4, !tbaa !5
  store i32 %43, i32* %40, align 4, !tbaa !5
  store i32 %41, i32* %42, align 4, !tbaa !5
  %44 = add nsw i64 %38, -1
  %45 = add nsw i64 %39, 1
  %46 = icmp slt i64 %45, %44
  br i1 %46, label %37, label %47, !llvm.loop !12

47:                                               ; preds = %16, %37, %2, %31
  %48 = phi i32 [ 1, %31 ], [ 0, %2 ], [ 1, %37 ], [ 0, %16 ]
  ret i32 %48
}

; Function Attrs: nounwind uwtable
define dso_local void @gen(i32 noundef %0, i32 noundef %1) local_unnamed_addr #1 {
  %3 = icmp eq i32 %0, %1
  br i1 %3, label %11, label %4

4:                                                ; preds = %2
  %5 = icmp sgt i32 %1, 0
  br i1 %5, label %6, label %30

6:                                                ; preds = %4
  %7 = sext i32 %0 to i64
  %8 = getelementptr inbounds [5 x i32], [5 x i32]* @cur, i64 0, i64 %7
  %9 = add nsw i32 %0, 1
  %10 = zext i32 %1 to i64
  br label %17

11:                                               ; preds = %2
  %12 = load i32, i32* @rec_count, align 4, !tbaa !5
  %13 = add nsw i32 %12, 1
  store i32 %13, i32* @rec_count, align 4, !tbaa !5
  %14 = srem i32 %13, 7
  %15 = icmp eq i32 %14, 0
  br i1 %15, label %16, label %30

16:                                               ; preds = %11
  tail call void @putarray(i32 noundef %0, i32* noundef getelementptr inbounds ([5 x i32], [5 x i32]* @cur, i64 0, i64 0)) #3
  br label %30

17:                                               ; preds = %6, %27
  %18 = phi i64 [ 0, %6 ], [ %28, %27 ]
  %19 = getelementptr inbounds [5 x i32], [5 x i32]* @used, i64 0, i64 %18
  %20 = load i32, i32* %19, align 4, !tbaa !5
  %21 = icmp eq i32 %20, 0
  br i1 %21, label %24, label %22

22:                                               ; preds = %17
  %23 = add nuw nsw i64 %18, 1
  br label %27

24:                                               ; preds = %17
  store i32 1, i32* %19, align 4, !tbaa !5
  %25 = add nuw nsw i64 %18, 1
  %26 = trunc i64 %25 to i32
  store i32 %26, i32* %8, align 4, !tbaa !5
  tail call void @gen(i32 noundef %9, i32 noundef %1)
  store i32 0, i32* %19, align 4, !tbaa !5
  br label %27

27:                                               ; preds = %22, %24
  %28 = phi i64 [ %23, %22 ], [ %25, %24 ]
  %29 = icmp eq i64 %28, %10
  br i1 %29, label %30, label %17, !llvm.loop !13

30:                                               ; preds = %27, %4, %11, %16
  ret void
}

declare void @putarray(i32 noundef, i32* noundef) local_unnamed_addr #2

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #1 {
  store i32 1, i32* getelementptr inbounds ([5 x i32], [5 x i32]* @p, i64 0, i64 0), align 16, !tbaa !5
  store i32 2, i32* getelementptr inbounds ([5 x i32], [5 x i32]* @p, i64 0, i64 1), align 4, !tbaa !5
  store i32 3, i32* getelementptr inbounds ([5 x i32], [5 x i32]* @p, i64 0, i64 2), align 8, !tbaa !5
  br label %1

1:                                                ; preds = %0, %42
  %2 = phi i32 [ %44, %42 ], [ 4, %0 ]
  %3 = phi i32 [ %41, %42 ], [ 1, %0 ]
  %4 = phi i32 [ %11, %42 ], [ 0, %0 ]
  store i32 %2, i32* getelementptr inbounds ([5 x i32], [5 x i32]* @p, i64 0, i64 3), align 4, !tbaa !5
  br label %5

5:                                                ; preds = %1, %37
  %6 = phi i32 [ %41, %37 ], [ %3, %1 ]
  %7 = phi i32 [ %11, %37 ], [ %4, %1 ]
  tail call void @putint(i32 noundef %6) #3
  %8 = load i32, i32* getelementptr inbounds ([5 x i32], [5 x i32]* @p, i64 0, i64 1), align 4, !tbaa !5
  tail call void @putint(i32 noundef %8) #3
  %9 = load i32, i32* getelementptr inbounds ([5 x i32], [5 x i32]* @p, i64 0, i64 2), align 8, !tbaa !5
  tail call void @putint(i32 noundef %9) #3
  %10 = load i32, i32* getelementptr inbounds ([5 x i32], [5 x i32]* @p, i64 0, i64 3), align 4, !tbaa !5
  tail call void @putint(i32 noundef %10) #3
  tail call void @putch(i32 noundef 32) #3
  %11 = add nuw nsw i32 %7, 1
  %12 = urem i32 %11, 6
  %13 = icmp eq i32 %12, 0
  br i1 %13, label %14, label %15

14:                                               ; preds = %5
  tail call void @putch(i32 noundef 10) #3
  br label %15

15:                                               ; preds = %14, %5
  %16 = load i32, i32* getelementptr inbounds ([5 x i32], [5 x i32]* @p, i64 0, i64 2), align 8, !tbaa !5
  %17 = load i32, i32* getelementptr inbounds ([5 x i32], [5 x i32]* @p, i64 0, i64 3), align 4, !tbaa !5
  %18 = icmp slt i32 %16, %17
  br i1 %18, label %19, label %25

19:                                               ; preds = %28, %25, %15
  %20 = phi i1 [ true, %28 ], [ true, %25 ], [ false, %15 ]
  %21 = phi i32* [ getelementptr inbounds ([5 x i32], [5 x i32]* @p, i64 0, i64 0), %28 ], [ getelementptr inbounds ([5 x i32], [5 x i32]* @p, i64 0, i64 1), %25 ], [ getelementptr inbounds ([5 x i32], [5 x i32]* @p, i64 0, i64 2), %15 ]
  %22 = phi i32 [ %29, %28 ], [ %26, %25 ], [ %16, %15 ]
  %23 = phi i64 [ 1, %28 ], [ 2, %25 ], [ 3, %15 ]
  %24 = icmp sgt i32 %17, %22
  br i1 %24, label %37, label %31, !llvm.loop !11

25:                                               ; preds = %15
  %26 = load i32, i32* getelementptr inbounds ([5 x i32], [5 x i32]* @p, i64 0, i64 1), align 4, !tbaa !5
  %27 = icmp slt i32 %26, %16
  br i1 %27, label %19, label %28

28:                                               ; preds = %25
  %29 = load i32, i32* getelementptr inbounds ([5 x i32], [5 x i32]* @p, i64 0, i64 0), align 16, !tbaa !5
  %30 = icmp slt i32 %29, %26
  br i1 %30, label %19, label %46

31:                                               ; preds = %19, %31
  %32 = phi i64 [ %36, %31 ], [ 2, %19 ]
  %33 = getelementptr inbounds [5 x i32], [5 x i32]* @p, i64 0, i64 %32
  %34 = load i32, i32* %33, align 4, !tbaa !5
  %35 = icmp sgt i32 %34, %22
  %36 = add i64 %32, -1
  br i1 %35, label %37, label %31, !llvm.loop !11

37:                                               ; preds = %31, %19
  %38 = phi i32 [ %17, %19 ], [ %34, %31 ]
  %39 = phi i64 [ 3, %19 ], [ %32, %31 ]
  %40 = getelementptr inbounds [5 x i32], [5 x i32]* @p, i64 0, i64 %39
  store i32 %38, i32* %21, align 4, !tbaa !5
  store i32 %22, i32* %40, align 4, !tbaa !5
  %41 = load i32, i32* getelementptr inbounds ([5 x i32], [5 x i32]* @p, i64 0, i64 0), align 16, !tbaa !5
  br i1 %20, label %42, label %5, !llvm.loop !14

42:                                               ; preds = %37
  %43 = getelementptr inbounds [5 x i32], [5 x i32]* @p, i64 0, i64 %23
  %44 = load i32, i32* %43, align 4, !tbaa !5
  %45 = load i32, i32* getelementptr inbounds ([5 x i32], [5 x i32]* @p, i64 0, i64 3), align 4, !tbaa !5
  store i32 %45, i32* %43, align 4, !tbaa !5
  br label %1, !llvm.loop !14

46:                                               ; preds = %28
  tail call void @gen(i32 noundef 0, i32 noundef 5)
  %47 = load i32, i32* @rec_count, align 4, !tbaa !5
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([7 x i8], [7 x i8]* @.str, i64 0, i64 0), i32 noundef %11, i32 noundef %47) #3
  %48 = load i32, i32* @rec_count, align 4, !tbaa !5
  %49 = add nsw i32 %48, %11
  ret i32 %49
}

declare void @putint(i32 noundef) local_unnamed_addr #2

declare void @putch(i32 noundef) local_unnamed_addr #2

declare void @putf(i8* noundef, ...) local_unnamed_addr #2

attributes #0 = { nofree norecurse nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind }

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
!12 = distinct !{!12, !10}
!13 = distinct !{!13, !10}
!14 = distinct !{!14, !10}
