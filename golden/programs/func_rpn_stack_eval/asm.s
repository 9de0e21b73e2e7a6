	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_rpn_stack_eval.sy"
	.globl	push                            # -- Begin function push
	.p2align	1
	.type	push,@function
push:                                   # @push
# %bb.0:
.LBB0_1:                                # Label of block must be emitted
	auipc	a1, %pcrel_hi(sp)
	addi	a1, a1, %pcrel_lo(.LBB0_1)
	lw	a2, 0(a1)
	slli	a3, a2, 2
.LBB0_2:                                # Label of block must be emitted
	auipc	a4, %pcrel_hi(stack)
	addi	a4, a4, %pcrel_lo(.LBB0_2)
	add	a3, a3, a4
	sw	a0, 0(a3)
	addiw	a0, a2, 1
	sw	a0, 0(a1)
	ret
.Lfunc_end0:
	.size	push, .Lfunc_end0-push
                                        # -- End function
	.globl	pop                             # -- Begin function pop
	.p2align	1
	.type	pop,@function
pop:                                    # @pop
# %bb.0:
.LBB1_1:                                # Label of block must be emitted
	auipc	a1, %pcrel_hi(sp)
	addi	a1, a1, %pcrel_lo(.LBB1_1)
	lw	a0, 0(a1)
	addiw	a2, a0, -1
	slli	a0, a2, 2
.LBB1_2:                                # Label of block must be emitted
	auipc	a3, %pcrel_hi(stack)
	addi	a3, a3, %pcrel_lo(.LBB1_2)
	add	a0, a0, a3
	lw	a0, 0(a0)
	sw	a2, 0(a1)
	ret
.Lfunc_end1:
	.size	pop, .Lfunc_end1-pop
                                        # -- End function
	.globl	apply                           # -- Begin function apply
	.p2align	1
	.type	apply,@function
apply:                                  # @apply
# %bb.0:
	li	a3, -3
	blt	a3, a0, .LBB2_4
# %bb.1:
	li	a3, -4
	beq	a0, a3, .LBB2_7
# %bb.2:
	li	a3, -3
	bne	a0, a3, .LBB2_10
# %bb.3:
	mulw	a0, a2, a1
	ret
.LBB2_4:
	li	a3, -2
	beq	a0, a3, .LBB2_9
# %bb.5:
	li	a3, -1
	bne	a0, a3, .LBB2_10
# %bb.6:
	addw	a0, a2, a1
	ret
.LBB2_7:
	beqz	a2, .LBB2_12
# %bb.8:
	divw	a0, a1, a2
	ret
.LBB2_9:
	subw	a0, a1, a2
	ret
.LBB2_10:
	beqz	a2, .LBB2_12
# %bb.11:
	remw	a0, a1, a2
	ret
.LBB2_12:
	li	a0, 0
	ret
.Lfunc_end2:
	.size	apply, .Lfunc_end2-apply
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -112
	sd	ra, 104(sp)                     # 8-byte Folded Spill
	sd	s0, 96(sp)                      # 8-byte Folded Spill
	sd	s1, 88(sp)                      # 8-byte Folded Spill
	sd	s2, 80(sp)                      # 8-byte Folded Spill
	sd	s3, 72(sp)                      # 8-byte Folded Spill
	sd	s4, 64(sp)                      # 8-byte Folded Spill
	sd	s5, 56(sp)                      # 8-byte Folded Spill
	sd	s6, 48(sp)                      # 8-byte Folded Spill
	sd	s7, 40(sp)                      # 8-byte Folded Spill
	sd	s8, 32(sp)                      # 8-byte Folded Spill
	sd	s9, 24(sp)                      # 8-byte Folded Spill
	sd	s10, 16(sp)                     # 8-byte Folded Spill
	sd	s11, 8(sp)                      # 8-byte Folded Spill
	call	getint@plt
	blez	a0, .LBB3_28
# %bb.1:
	mv	s3, a0
	sd	zero, 0(sp)                     # 8-byte Folded Spill
.LBB3_30:                               # Label of block must be emitted
	auipc	s0, %pcrel_hi(sp)
	addi	s0, s0, %pcrel_lo(.LBB3_30)
	li	s4, 63
.LBB3_31:                               # Label of block must be emitted
	auipc	s5, %pcrel_hi(stack)
	addi	s5, s5, %pcrel_lo(.LBB3_31)
	li	s6, 1
	li	s7, 2
	li	s8, -3
	lui	a0, 85899
	addiw	s10, a0, 1417
	lui	a0, 24
	addiw	s11, a0, 1696
	li	s2, -2
	j	.LBB3_4
.LBB3_2:                                #   in Loop: Header=BB3_4 Depth=1
.LBB3_32:                               #   in Loop: Header=BB3_4 Depth=1
                                        # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str)
	addi	a0, a0, %pcrel_lo(.LBB3_32)
	call	putf@plt
.LBB3_3:                                #   in Loop: Header=BB3_4 Depth=1
	sext.w	a0, s3
	addiw	s3, s3, -1
	bge	s6, a0, .LBB3_29
.LBB3_4:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB3_10 Depth 2
	call	getint@plt
	sw	zero, 0(s0)
	blez	a0, .LBB3_2
# %bb.5:                                #   in Loop: Header=BB3_4 Depth=1
	mv	s1, a0
	li	a1, 0
	j	.LBB3_10
.LBB3_6:                                #   in Loop: Header=BB3_10 Depth=2
	subw	a0, a4, a3
.LBB3_7:                                #   in Loop: Header=BB3_10 Depth=2
	mul	a3, a0, s10
	srli	a4, a3, 63
	srai	a3, a3, 45
	addw	a3, a3, a4
	mulw	a3, a3, s11
	subw	a0, a0, a3
	sw	a0, 0(a2)
.LBB3_8:                                #   in Loop: Header=BB3_10 Depth=2
	sw	a1, 0(s0)
	mv	a2, a1
	mv	a1, s9
.LBB3_9:                                #   in Loop: Header=BB3_10 Depth=2
	sext.w	a0, s1
	addiw	s1, s1, -1
	bge	s6, a0, .LBB3_26
.LBB3_10:                               #   Parent Loop BB3_4 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	mv	s9, a1
	call	getint@plt
	lw	a2, 0(s0)
	li	a1, 1
	bltz	a0, .LBB3_13
# %bb.11:                               #   in Loop: Header=BB3_10 Depth=2
	blt	s4, a2, .LBB3_9
# %bb.12:                               #   in Loop: Header=BB3_10 Depth=2
	slli	a1, a2, 2
	add	a1, a1, s5
	sw	a0, 0(a1)
	addiw	a1, a2, 1
	j	.LBB3_8
.LBB3_13:                               #   in Loop: Header=BB3_10 Depth=2
	blt	a2, s7, .LBB3_9
# %bb.14:                               #   in Loop: Header=BB3_10 Depth=2
	addiw	a1, a2, -1
	slli	a3, a1, 32
	srli	a3, a3, 30
	add	a3, a3, s5
	lw	a3, 0(a3)
	addiw	a2, a2, -2
	slli	a2, a2, 32
	srli	a2, a2, 30
	add	a2, a2, s5
	lw	a4, 0(a2)
	blt	s8, a0, .LBB3_18
# %bb.15:                               #   in Loop: Header=BB3_10 Depth=2
	li	a5, -4
	beq	a0, a5, .LBB3_23
# %bb.16:                               #   in Loop: Header=BB3_10 Depth=2
	bne	a0, s8, .LBB3_21
# %bb.17:                               #   in Loop: Header=BB3_10 Depth=2
	mulw	a0, a4, a3
	j	.LBB3_7
.LBB3_18:                               #   in Loop: Header=BB3_10 Depth=2
	beq	a0, s2, .LBB3_6
# %bb.19:                               #   in Loop: Header=BB3_10 Depth=2
	li	a5, -1
	bne	a0, a5, .LBB3_21
# %bb.20:                               #   in Loop: Header=BB3_10 Depth=2
	addw	a0, a4, a3
	j	.LBB3_7
.LBB3_21:                               #   in Loop: Header=BB3_10 Depth=2
	beqz	a3, .LBB3_25
# %bb.22:                               #   in Loop: Header=BB3_10 Depth=2
	remw	a0, a4, a3
	j	.LBB3_7
.LBB3_23:                               #   in Loop: Header=BB3_10 Depth=2
	beqz	a3, .LBB3_25
# %bb.24:                               #   in Loop: Header=BB3_10 Depth=2
	divw	a0, a4, a3
	j	.LBB3_7
.LBB3_25:                               #   in Loop: Header=BB3_10 Depth=2
	li	a0, 0
	j	.LBB3_7
.LBB3_26:                               #   in Loop: Header=BB3_4 Depth=1
	xori	a0, a2, 1
	or	a0, a0, a1
	bnez	a0, .LBB3_2
# %bb.27:                               #   in Loop: Header=BB3_4 Depth=1
	lw	s1, 0(s5)
	sw	zero, 0(s0)
	mv	a0, s1
	call	putint@plt
	li	a0, 10
	call	putch@plt
	ld	a0, 0(sp)                       # 8-byte Folded Reload
	addw	a0, a0, s1
	sd	a0, 0(sp)                       # 8-byte Folded Spill
	j	.LBB3_3
.LBB3_28:
	sd	zero, 0(sp)                     # 8-byte Folded Spill
.LBB3_29:
	ld	a1, 0(sp)                       # 8-byte Folded Reload
	sraiw	a0, a1, 31
	srliw	a0, a0, 24
	add	a0, a0, a1
	andi	a0, a0, -256
	subw	a0, a1, a0
	ld	ra, 104(sp)                     # 8-byte Folded Reload
	ld	s0, 96(sp)                      # 8-byte Folded Reload
	ld	s1, 88(sp)                      # 8-byte Folded Reload
	ld	s2, 80(sp)                      # 8-byte Folded Reload
	ld	s3, 72(sp)                      # 8-byte Folded Reload
	ld	s4, 64(sp)                      # 8-byte Folded Reload
	ld	s5, 56(sp)                      # 8-byte Folded Reload
	ld	s6, 48(sp)                      # 8-byte Folded Reload
	ld	s7, 40(sp)                      # 8-byte Folded Reload
	ld	s8, 32(sp)                      # 8-byte Folded Reload
	ld	s9, 24(sp)                      # 8-byte Folded Reload
	ld	s10, 16(sp)                     # 8-byte Folded Reload
	ld	s11, 8(sp)                      # 8-byte Folded Reload
	addi	sp, sp, 112
	ret
.Lfunc_end3:
	.size	main, .Lfunc_end3-main
                                        # -- End function
	.type	sp,@object                      # @sp
	.section	.sbss,"aw",@nobits
	.globl	sp
	.p2align	2
sp:
	.word	0                               # 0x0
	.size	sp, 4

	.type	stack,@object                   # @stack
	.bss
	.globl	stack
	.p2align	2
stack:
	.zero	256
	.size	stack, 256

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"malformed\n"
	.size	.L.str, 11

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
